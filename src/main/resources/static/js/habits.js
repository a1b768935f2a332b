// ACT!'s habits: the keyboard in the contact window and the Contact List, a warning before
// unsaved changes are left behind, and files dropped on a Documents tab.
(function () {
    // Keys belong to whatever the user is typing in.
    function typing(event) {
        var target = event.target;
        return event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable
            || (target.closest && target.closest('input, select, textarea, [contenteditable]')) !== null;
    }

    function follow(id) {
        var link = document.getElementById(id);
        if (link && !link.classList.contains('disabled')) {
            window.location = link.href;
            return true;
        }
        return false;
    }

    // The contact window: Page Up and Page Down go to the previous and the next contact of the lookup.
    document.addEventListener('keydown', function (event) {
        if (typing(event) || !document.getElementById('contact-next')) {
            return;
        }
        var target = {PageUp: 'contact-previous', PageDown: 'contact-next'}[event.key];
        if (target && follow(target)) {
            event.preventDefault();
        }
    });

    // The Contact List: the arrow keys move the selection, Enter opens it (svyaz.js), and typing the
    // start of a company jumps to the first contact whose company starts so, through the whole lookup.
    var list = document.getElementById('contact-list');
    if (list) {
        var rows = function () {
            return Array.prototype.slice.call(list.querySelectorAll('tbody tr[data-href]'));
        };
        list.addEventListener('focusin', function (event) {
            var row = event.target.closest('tr[data-href]');
            if (row) {
                row.classList.add('table-active');
            }
        });
        list.addEventListener('focusout', function (event) {
            var row = event.target.closest('tr[data-href]');
            if (row) {
                row.classList.remove('table-active');
            }
        });
        // a selection moved past the page's first or last row continues on the page before or after
        var continued = sessionStorage.getItem('svyaz-list-selection');
        sessionStorage.removeItem('svyaz-list-selection');
        var all = rows();
        var selected = list.querySelector('tr.jumped')
            || (continued === 'first' ? all[0] : continued === 'last' ? all[all.length - 1] : null);
        if (selected) {
            selected.focus();
        }

        var typed = '';
        var typedTimer = null;
        document.addEventListener('keydown', function (event) {
            if (typing(event) || document.querySelector('.modal.show')) {
                return;
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                var shown = rows();
                var current = shown.indexOf(document.activeElement.closest('tr[data-href]'));
                var next = current < 0 ? 0 : current + (event.key === 'ArrowDown' ? 1 : -1);
                if (shown[next]) {
                    shown[next].focus();
                    event.preventDefault();
                } else if (follow(next < 0 ? 'page-previous' : 'page-next')) {
                    sessionStorage.setItem('svyaz-list-selection', next < 0 ? 'last' : 'first');
                    event.preventDefault();
                }
                return;
            }
            var printable = event.key.length === 1 && (event.key !== ' ' || typed !== '');
            if (!printable) {
                return;
            }
            event.preventDefault();
            typed += event.key;
            clearTimeout(typedTimer);
            typedTimer = setTimeout(function () {
                window.location = '/contacts?jump=' + encodeURIComponent(typed);
            }, 700);
        });
    }

    // Forms marked data-unsaved-warning: leaving the page after a change without saving asks first.
    document.addEventListener('input', markChanged, true);
    document.addEventListener('change', markChanged, true);
    function markChanged(event) {
        var form = event.target.closest ? event.target.closest('form[data-unsaved-warning]') : null;
        if (form) {
            form.setAttribute('data-changed', 'true');
        }
    }
    document.addEventListener('submit', function (event) {
        event.target.removeAttribute('data-changed');
    }, true);
    window.addEventListener('beforeunload', function (event) {
        if (document.querySelector('form[data-unsaved-warning][data-changed]')) {
            event.preventDefault();
            event.returnValue = '';
        }
    });

    // The Documents tab: files dropped on it are attached like files chosen in its field, and
    // files larger than allowed are named before anything is sent (the server refuses them too).
    document.addEventListener('dragover', function (event) {
        var tab = event.target.closest ? event.target.closest('#documents-tab') : null;
        if (tab && tab.querySelector('#document-upload')) {
            event.preventDefault();
            tab.classList.add('border', 'border-primary');
        }
    });
    document.addEventListener('dragleave', function (event) {
        var tab = event.target.closest ? event.target.closest('#documents-tab') : null;
        if (tab) {
            tab.classList.remove('border', 'border-primary');
        }
    });
    document.addEventListener('drop', function (event) {
        var tab = event.target.closest ? event.target.closest('#documents-tab') : null;
        var form = tab ? tab.querySelector('#document-upload') : null;
        if (!form || !event.dataTransfer || event.dataTransfer.files.length === 0) {
            return;
        }
        event.preventDefault();
        tab.classList.remove('border', 'border-primary');
        form.querySelector('input[type=file]').files = event.dataTransfer.files;
        htmx.trigger(form, 'submit');
    });
    document.addEventListener('htmx:beforeRequest', function (event) {
        var form = event.detail.elt;
        if (form.id !== 'document-upload') {
            return;
        }
        var limit = parseInt(form.getAttribute('data-max-bytes'), 10);
        var tooLarge = Array.prototype.filter.call(form.querySelector('input[type=file]').files, function (file) {
            return file.size > limit;
        });
        var messages = document.getElementById('messages');
        messages.innerHTML = '';
        if (tooLarge.length > 0) {
            event.preventDefault();
            messages.innerHTML = '<div class="alert alert-danger" role="alert" id="document-too-large"></div>';
            messages.firstChild.textContent = form.getAttribute('data-too-large').replace('{name}', tooLarge[0].name);
        }
    });
})();
