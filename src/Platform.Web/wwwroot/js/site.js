// Progressive enhancement only: every form also works without JavaScript.
document.addEventListener("change", (event) => {
  const target = event.target;
  if (target instanceof HTMLSelectElement && target.classList.contains("js-autosubmit") && target.form) {
    target.form.requestSubmit();
  }
});
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest(".js-print")) {
    window.print();
  }
});
