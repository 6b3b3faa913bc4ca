// Staff directory: keyboard navigation of the header typeahead, and photos shrunk in the browser before upload.
(function () {
  'use strict';
  if (window.intranetDirectory) { return; }
  window.intranetDirectory = true;

  function options(box) { return Array.prototype.slice.call(box.querySelectorAll('[role="option"]')); }

  function listFor(input) {
    var form = input.closest('form');
    var scope = form ? form.parentElement : document;
    return scope ? scope.querySelector('[data-directory-typeahead] [role="listbox"]') : null;
  }

  function select(input, list, index) {
    var items = options(list);
    items.forEach(function (item, i) { item.setAttribute('aria-selected', i === index ? 'true' : 'false'); item.classList.toggle('active', i === index); });
    if (index >= 0 && items[index]) {
      input.setAttribute('aria-activedescendant', items[index].id);
      items[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  document.addEventListener('keydown', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.name !== 'q' || !input.closest('form[role="search"]')) { return; }
    var list = listFor(input);
    if (!list) { return; }
    var items = options(list);
    var current = items.findIndex(function (item) { return item.getAttribute('aria-selected') === 'true'; });
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      select(input, list, Math.min(items.length - 1, current + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      select(input, list, Math.max(-1, current - 1));
    } else if (event.key === 'Enter' && current >= 0) {
      event.preventDefault();
      var link = items[current].querySelector('a');
      if (link) { window.location.assign(link.href); }
    } else if (event.key === 'Escape') {
      var box = list.closest('[data-directory-typeahead]');
      if (box) { box.remove(); }
      input.removeAttribute('aria-activedescendant');
    }
  });

  // Photos: shrink to at most 512 px on the long side as JPEG, so uploads stay small; the server still checks the bytes.
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute('data-directory-photo') || !input.files || input.files.length !== 1) { return; }
    var file = input.files[0];
    if (!/^image\/(jpeg|png|webp)$/.test(file.type) || typeof createImageBitmap !== 'function' || typeof DataTransfer !== 'function') { return; }
    createImageBitmap(file).then(function (bitmap) {
      var scale = Math.min(1, 512 / Math.max(bitmap.width, bitmap.height));
      if (scale === 1 && file.size < 300 * 1024) { return; }
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(function (blob) {
        if (!blob) { return; }
        var transfer = new DataTransfer();
        transfer.items.add(new File([blob], file.name.replace(/\.[^.]+$/, '') + '.jpg', { type: 'image/jpeg' }));
        input.files = transfer.files;
      }, 'image/jpeg', 0.85);
    }).catch(function () { /* the server explains what is wrong with the file */ });
  });
})();
