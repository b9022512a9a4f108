// Starts Pagefind's search interface on the search page; the index is built from dist/ at build time.
window.addEventListener('DOMContentLoaded', () => {
  const el = document.querySelector('[data-pagefind-ui]');
  if (el && 'PagefindUI' in window) new window.PagefindUI({ element: el, showSubResults: true, showImages: false, resetStyles: false });
});
