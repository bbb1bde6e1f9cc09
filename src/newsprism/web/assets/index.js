// "Another text" adds one more box for a pasted article; a form with data-confirm asks before it is sent.
(function () {
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
  const button = document.getElementById("np-more-text");
  if (!button) return;
  button.addEventListener("click", function () {
    const boxes = document.querySelectorAll("textarea[name=text]");
    const box = boxes[boxes.length - 1].cloneNode();
    box.value = ""; box.id = "";
    boxes[boxes.length - 1].after(box); box.focus();
  });
})();
