// Staff directory: photos shrunk in the browser before upload (the server has no image codec; it checks the bytes).
(function () {
  'use strict';
  if (window.intranetDirectory) { return; }
  window.intranetDirectory = true;

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
