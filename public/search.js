// Starts Pagefind's search interface on the search page; the index is built from dist/ at build time.
window.addEventListener('DOMContentLoaded', () => {
  const el = document.querySelector('[data-pagefind-ui]');
  const status = document.getElementById('search-status');
  if (!el || !('PagefindUI' in window)) return;
  new window.PagefindUI({ element: el, showSubResults: true, showImages: false, resetStyles: false });
  // Pagefind labels its field only with a title attribute; name it after the page heading instead.
  const input = el.querySelector('input');
  if (input) input.setAttribute('aria-labelledby', 'search-title');
  // Pagefind writes "N results for …" into the page silently; a polite live region says it to screen readers too.
  if (!status) return;
  new MutationObserver(() => {
    const message = el.querySelector('.pagefind-ui__message');
    const text = message ? message.textContent.trim() : '';
    if (status.textContent !== text) status.textContent = text;
  }).observe(el, { childList: true, subtree: true, characterData: true });
});
