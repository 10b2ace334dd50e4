/** 打印 buttons: shown only where JavaScript can open the print dialog. */
export function enablePrintButtons(root: Document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
