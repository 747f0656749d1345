// API keys page: focus the one-time key notice and offer a copy button. The key stays selectable without JavaScript.
document.querySelector(".js-focus")?.focus();
document.addEventListener("click", async (event) => {
  const button = event.target instanceof Element ? event.target.closest(".js-copy") : null;
  const input = button ? document.getElementById(button.dataset.copyTarget) : null;
  if (!input) {
    return;
  }
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
    button.textContent = button.dataset.copiedText;
  } catch {
    // Clipboard access refused: the key is selected, so Ctrl+C still works.
  }
});
