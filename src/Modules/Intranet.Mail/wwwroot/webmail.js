// Webmail: sizes the sandboxed body frame to its content (same origin, no script inside the frame), and checks
// attachment sizes before upload (the server checks again). Loaded as a file: the CSP allows no inline script.
(function () {
    'use strict';

    function fitFrame(frame) {
        try {
            var doc = frame.contentDocument;
            if (doc && doc.documentElement) {
                frame.style.height = Math.max(120, doc.documentElement.scrollHeight + 8) + 'px';
            }
        } catch (e) {
            frame.style.height = '70vh';
        }
    }

    function init(root) {
        root.querySelectorAll('iframe.webmail-body').forEach(function (frame) {
            frame.addEventListener('load', function () {
                fitFrame(frame);
                // Images arrive after load: fit again once they have.
                setTimeout(function () { fitFrame(frame); }, 500);
            });
            if (frame.contentDocument && frame.contentDocument.readyState === 'complete') {
                fitFrame(frame);
            }
        });

        var form = root.querySelector('#webmail-compose-form');
        if (form) {
            var files = form.querySelector('#compose-files');
            var error = form.querySelector('#compose-files-error');
            var max = parseInt(form.getAttribute('data-max-bytes'), 10);
            var tooLarge = function () {
                var total = 0;
                for (var i = 0; i < files.files.length; i++) { total += files.files[i].size; }
                return total > max;
            };
            files.addEventListener('change', function () {
                var over = tooLarge();
                error.textContent = over ? form.getAttribute('data-too-large') : '';
                error.classList.toggle('d-none', !over);
            });
            form.addEventListener('submit', function (event) {
                if (tooLarge()) {
                    event.preventDefault();
                    error.textContent = form.getAttribute('data-too-large');
                    error.classList.remove('d-none');
                    files.focus();
                    return;
                }
                form.querySelector('#webmail-send').disabled = true;
                form.querySelector('#webmail-sending').classList.remove('d-none');
            });
        }
    }

    document.addEventListener('DOMContentLoaded', function () { init(document); });
})();
