// Small improvements on top of pages that work without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  // Copy buttons: shown only where the clipboard can be used.
  if (navigator.clipboard) {
    for (const button of document.querySelectorAll("button.copy[data-copy]")) {
      button.hidden = false;
      button.addEventListener("click", async () => {
        const source = document.getElementById(button.dataset.copy);
        if (!source) return;
        await navigator.clipboard.writeText(source.textContent);
        const label = button.textContent;
        button.textContent = "Copied";
        setTimeout(() => { button.textContent = label; }, 1500);
      });
    }
  }
  // Move focus to a list of problems so screen readers announce it.
  document.getElementById("problems")?.focus();
  // A print button on the call sheet.
  for (const button of document.querySelectorAll("button[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
});
