// Starts Pagefind's search interface on the search page; the index is built from dist/ at build time.
window.addEventListener('DOMContentLoaded', () => {
  const el = document.querySelector('[data-pagefind-ui]');
  if (!el || !('PagefindUI' in window)) return;
  new window.PagefindUI({ element: el, showSubResults: true, showImages: false, resetStyles: false });
  // Pagefind labels its field only with a title attribute; name it after the page heading instead.
  const input = el.querySelector('input');
  if (input) input.setAttribute('aria-labelledby', 'search-title');
});
