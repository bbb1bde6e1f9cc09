// Forms: one with data-confirm asks before it is sent; "Another article" adds one more set of boxes for a pasted
// article (text, outlet, URL, date), empty and numbered.
(function () {
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
  const button = document.getElementById("np-more-text");
  if (!button) return;
  button.addEventListener("click", function () {
    const sets = button.form.querySelectorAll("fieldset.np-article");
    const last = sets[sets.length - 1], added = last.cloneNode(true);
    added.querySelectorAll("[id]").forEach(function (element) { element.removeAttribute("id"); });
    added.querySelectorAll("input, textarea").forEach(function (field) { field.value = ""; });
    added.querySelector(".np-n").textContent = String(sets.length + 1);
    last.after(added);
    added.querySelector("textarea").focus();
  });
})();
