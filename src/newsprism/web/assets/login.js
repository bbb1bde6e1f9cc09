// The login link `newsprism serve` prints carries the token after '#' (never sent to the server, so never in
// its logs): fill it in, drop it from the address bar and history, and log in.
(function () {
  const match = /^#token=(.+)$/.exec(location.hash);
  const form = document.getElementById("np-login");
  if (!match || !form) return;
  history.replaceState(null, "", location.pathname + location.search);
  form.elements.token.value = decodeURIComponent(match[1]);
  form.submit();
})();
