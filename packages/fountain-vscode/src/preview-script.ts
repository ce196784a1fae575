/**
 * The preview's script (runs in the webview, so plain ES2020 in a string): applies `update` and `scroll` messages,
 * and reports the first visible source line when the user scrolls. A scroll the host asked for is not echoed back.
 */
export const previewScript = `(() => {
  const vscode = acquireVsCodeApi();
  const script = document.getElementById('script');
  let blocks = Array.from(script.querySelectorAll('[data-line]'));
  let quietUntil = 0;
  let pending = false;
  const lineOf = (block) => Number(block.getAttribute('data-line'));
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'update') {
      script.innerHTML = message.html;
      blocks = Array.from(script.querySelectorAll('[data-line]'));
    } else if (message.type === 'scroll') {
      let target = blocks[0];
      for (const block of blocks) { if (lineOf(block) <= message.line) target = block; else break; }
      if (target) { quietUntil = Date.now() + 400; window.scrollTo(0, target.offsetTop - 8); }
    }
  });
  window.addEventListener('scroll', () => {
    if (pending || Date.now() < quietUntil) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const top = blocks.find((block) => block.offsetTop + block.offsetHeight > window.scrollY);
      if (top) vscode.postMessage({ type: 'reveal', line: lineOf(top) });
    });
  });
  vscode.postMessage({ type: 'ready' });
})();`;
