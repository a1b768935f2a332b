// Sends the CSRF token with every htmx request, and asks before a form marked data-confirm is sent.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
}, true);

// Rows of a list open their record when clicked or when Enter is pressed on them.
document.addEventListener('click', function (event) {
    var row = event.target.closest('tr[data-href]');
    if (row && !event.target.closest('a, button, input')) {
        window.location = row.getAttribute('data-href');
    }
});
document.addEventListener('keydown', function (event) {
    var row = event.target.closest ? event.target.closest('tr[data-href]') : null;
    if (row && event.key === 'Enter') {
        window.location = row.getAttribute('data-href');
    }
});

// Errors of htmx requests that the server did not turn into a message.
document.addEventListener('htmx:responseError', function (event) {
    var messages = document.getElementById('messages');
    var text = document.body.getAttribute('data-request-failed');
    if (messages && text) {
        messages.innerHTML = '<div class="alert alert-danger" role="alert"></div>';
        messages.firstChild.textContent = text;
    }
});

// A button marked data-confirm-button asks before it submits its form.
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-confirm-button]') : null;
    if (button && !window.confirm(button.getAttribute('data-confirm-button'))) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);

// The lookup dialog's "add a criterion" copies the last row, emptied.
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-add-row]') : null;
    if (!button) {
        return;
    }
    var rows = document.querySelectorAll(button.getAttribute('data-add-row'));
    var copy = rows[rows.length - 1].cloneNode(true);
    copy.querySelectorAll('input').forEach(function (input) { input.value = ''; input.removeAttribute('id'); });
    copy.querySelectorAll('select').forEach(function (select) { select.selectedIndex = 0; select.removeAttribute('id'); });
    rows[rows.length - 1].after(copy);
});

// The sort dialog sends its keys as sort=city&sort=lastName:desc, in order, leaving out unused ones.
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.id !== 'sort-form') {
        return;
    }
    var keys = form.querySelectorAll('[data-sort-key]');
    var directions = form.querySelectorAll('[data-sort-direction]');
    form.querySelectorAll('input[name="sort"]').forEach(function (input) { input.remove(); });
    var chosen = [];
    keys.forEach(function (key, index) {
        if (key.value) {
            chosen.push(key.value + directions[index].value);
        }
    });
    // no key at all sends one empty key: back to the default order
    (chosen.length ? chosen : ['']).forEach(function (value) {
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = 'sort';
        input.value = value;
        form.appendChild(input);
    });
});

// The Schedule Activity dialog: a contact ticked among the search results joins the chosen ones,
// so the next search does not take it away; and the activity is with that contact now, not with
// the user's own record, which the calendar ticks while no contact is chosen.
document.addEventListener('change', function (event) {
    var option = event.target.closest ? event.target.closest('input.contact-option') : null;
    var chosen = document.getElementById('chosen-contacts');
    if (option && option.checked && chosen) {
        option.classList.remove('contact-option');
        chosen.appendChild(option.closest('.form-check'));
        var myRecord = document.getElementById('activity-my-record');
        if (myRecord) {
            myRecord.checked = false;
        }
    }
});

// Reminders people notice (SPEC A3, issue 14). The list opens by itself when a reminder comes due
// (or was missed while away), once per new reminder, with a sound (unless switched off in this
// browser) and a desktop notification (when the user allowed them); the tab's title counts the
// due reminders. The list is asked for every 30 s by a worker's clock, which background tabs do
// not slow down, and at once when the tab is shown or focused again.
(function () {
    var list = document.getElementById('reminder-list');
    if (!list || !window.htmx) {
        return;
    }
    var POLL_MS = 30000;
    var SOUND_KEY = 'svyaz-reminder-sound';
    var baseTitle = document.title;

    function poll() {
        htmx.trigger(list, 'svyaz:poll');
    }
    document.addEventListener('visibilitychange', function () {
        if (!document.hidden) {
            poll();
        }
    });
    window.addEventListener('focus', poll);
    try {
        var clock = new Worker('/static/js/reminder-clock.js');
        clock.onmessage = poll;
        clock.onerror = function () { setInterval(poll, POLL_MS); };
        clock.postMessage(POLL_MS);
    } catch (noWorker) {
        setInterval(poll, POLL_MS);
    }

    function soundOn() {
        return localStorage.getItem(SOUND_KEY) !== 'off';
    }
    // Two short tones made by the Web Audio API. Browsers let a page play sound only after the user
    // touched it, so the audio context is made (or resumed) at the first click or key as well.
    var audio = null;
    function audioContext() {
        var Context = window.AudioContext || window.webkitAudioContext;
        if (!audio && Context) {
            audio = new Context();
        }
        if (audio && audio.state === 'suspended' && audio.resume) {
            audio.resume();
        }
        return audio;
    }
    ['pointerdown', 'keydown'].forEach(function (type) {
        document.addEventListener(type, function () { audioContext(); }, {once: true, capture: true});
    });
    function ring() {
        var context = audioContext();
        if (!context) {
            return;
        }
        [0, 0.3].forEach(function (delay) {
            var at = context.currentTime + delay;
            var tone = context.createOscillator();
            var volume = context.createGain();
            tone.type = 'sine';
            tone.frequency.value = 880;
            volume.gain.setValueAtTime(0.0001, at);
            volume.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
            volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.25);
            tone.connect(volume);
            volume.connect(context.destination);
            tone.start(at);
            tone.stop(at + 0.27);
        });
    }

    function notify(reminder, title) {
        if (!('Notification' in window) || Notification.permission !== 'granted') {
            return;
        }
        var regarding = reminder.querySelector('.reminder-regarding');
        var when = reminder.querySelector('.reminder-when');
        var notification = new Notification(title + ': ' + (regarding ? regarding.textContent.trim() : ''),
            {body: when ? when.textContent.replace(/\s+/g, ' ').trim() : '', tag: reminder.id});
        notification.onclick = function () {
            window.focus();
            bootstrap.Dropdown.getOrCreateInstance(document.getElementById('nav-reminders')).show();
        };
    }

    // The controls come with every refresh of the list: set them to what this browser chose.
    function showControls() {
        var sound = document.getElementById('reminder-sound');
        if (sound) {
            sound.checked = soundOn();
        }
        var enable = document.getElementById('reminder-notify-enable');
        var blocked = document.getElementById('reminder-notify-blocked');
        var permission = 'Notification' in window ? Notification.permission : null;
        if (enable) {
            enable.classList.toggle('d-none', permission !== 'default');
        }
        if (blocked) {
            blocked.classList.toggle('d-none', permission !== 'denied');
        }
    }
    document.addEventListener('show.bs.dropdown', function (event) {
        if (event.target.id === 'nav-reminders') {
            showControls();
        }
    });
    document.addEventListener('change', function (event) {
        if (event.target.id === 'reminder-sound') {
            if (event.target.checked) {
                localStorage.removeItem(SOUND_KEY);
            } else {
                localStorage.setItem(SOUND_KEY, 'off');
            }
        }
    });
    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('#reminder-notify-enable')) {
            var asked = Notification.requestPermission(showControls);
            if (asked && asked.then) {
                asked.then(showControls);
            }
        }
    });

    document.addEventListener('htmx:afterSwap', function (event) {
        if (event.target !== list) {
            return;
        }
        showControls();
        var reminders = Array.prototype.slice.call(list.querySelectorAll('.reminder'));
        document.title = reminders.length > 0 ? '(' + reminders.length + ') ' + baseTitle : baseTitle;
        var seen = JSON.parse(sessionStorage.getItem('svyaz-reminders-seen') || '[]');
        var fresh = reminders.filter(function (r) { return seen.indexOf(r.id) < 0; });
        sessionStorage.setItem('svyaz-reminders-seen', JSON.stringify(reminders.map(function (r) { return r.id; })));
        if (fresh.length === 0) {
            return;
        }
        if (window.bootstrap) {
            bootstrap.Dropdown.getOrCreateInstance(document.getElementById('nav-reminders')).show();
        }
        if (soundOn()) {
            ring();
        }
        var title = list.querySelector('[data-notification-title]');
        fresh.forEach(function (r) { notify(r, title ? title.getAttribute('data-notification-title') : ''); });
    });
})();

// The task list's users: ticking one shows the selected users' activities.
document.addEventListener('change', function (event) {
    var who = document.getElementById('filter-who');
    if (who && event.target.classList.contains('filter-user') && event.target.checked) {
        who.value = 'selected';
    }
});

// "New subgroup" opens the new group dialog with the current group chosen as the parent.
document.addEventListener('show.bs.modal', function (event) {
    var parent = event.relatedTarget ? event.relatedTarget.getAttribute('data-parent') : null;
    var select = event.target.querySelector('#new-group-parent');
    if (select) {
        select.value = parent || '';
    }
});

// The calendar: scrolled to the start of work hours; a double click on a slot schedules an
// activity at that time; the arrow keys move back and forward, T goes to today, D/W/M change view.
(function () {
    var calendar = document.getElementById('calendar');
    if (!calendar) {
        return;
    }
    var grid = calendar.querySelector('.calendar-grid');
    var body = document.getElementById('calendar-body');
    if (grid && body) {
        var slot = parseInt(grid.getAttribute('data-slot'), 10);
        grid.style.setProperty('--slot-minutes', slot);
        var slotHeight = parseFloat(getComputedStyle(grid).getPropertyValue('--slot-height'));
        // the grid scrolls (its headings held on top): the start of work hours just below them
        grid.scrollTop = parseInt(grid.getAttribute('data-work-start'), 10) / slot * slotHeight;
        body.addEventListener('dblclick', function (event) {
            var day = event.target.closest('.calendar-day');
            if (!day || event.target.closest('.calendar-activity') || day.getAttribute('data-schedulable') === 'false') {
                return;
            }
            var minutes = Math.floor((event.clientY - day.getBoundingClientRect().top) / slotHeight) * slot;
            var time = String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0');
            window.location = scheduleUrl(day, time, null);
        });
    }

    // Schedule Activity on the column's day and, where several users' calendars stand side by side, for its user.
    function scheduleUrl(day, time, duration) {
        var user = day.getAttribute('data-user');
        return '/activities/new?date=' + day.getAttribute('data-date') + '&time=' + time
            + (duration ? '&duration=' + duration : '') + (user ? '&scheduledFor=' + encodeURIComponent(user) : '')
            + '&returnTo=' + encodeURIComponent(window.location.pathname + window.location.search);
    }
    // Dragging: an activity to another slot or day reschedules it; across empty slots of a day,
    // it opens Schedule Activity with that start and duration. With the keyboard, Shift and the
    // arrow keys move the focused activity by a slot or a day.
    if (grid && body) {
        var dragged = null;
        body.addEventListener('mousedown', function (event) {
            var day = event.target.closest('.calendar-day');
            if (!day || event.button !== 0) {
                return;
            }
            var block = event.target.closest('.calendar-activity');
            if (block && block.getAttribute('data-movable') !== 'true') {
                return;
            }
            dragged = {block: block, day: day, y: event.clientY, x: event.clientX, moved: false};
            event.preventDefault();
        });
        document.addEventListener('mousemove', function (event) {
            if (dragged && Math.abs(event.clientY - dragged.y) + Math.abs(event.clientX - dragged.x) > 5) {
                dragged.moved = true;
            }
        });
        document.addEventListener('mouseup', function (event) {
            var drag = dragged;
            dragged = null;
            if (!drag || !drag.moved) {
                if (drag && drag.block) {
                    window.location = drag.block.href;
                }
                return;
            }
            var target = document.elementFromPoint(event.clientX, event.clientY);
            var day = target ? target.closest('.calendar-day') : null;
            // an activity stays in its user's calendar: it moves to another day or time, not to another user
            if (!day || day.getAttribute('data-user') !== drag.day.getAttribute('data-user')) {
                return;
            }
            if (drag.block) {
                var blockTop = drag.block.getBoundingClientRect().top - drag.day.getBoundingClientRect().top;
                var top = blockTop + (event.clientY - drag.y);
                move(drag.block, day.getAttribute('data-date'), minutesAt(top));
            } else if (day === drag.day && day.getAttribute('data-schedulable') !== 'false') {
                var from = minutesAt(Math.min(drag.y, event.clientY) - day.getBoundingClientRect().top);
                var to = minutesAt(Math.max(drag.y, event.clientY) - day.getBoundingClientRect().top) + slot;
                window.location = scheduleUrl(day, clock(from), to - from);
            }
        });
        // a mouse click on a movable activity is handled on mouseup (it may have been a drag); Enter still
        // opens it, and a click opens one that cannot be moved (a cleared one, another user's)
        body.addEventListener('click', function (event) {
            var block = event.target.closest('.calendar-activity');
            if (event.detail > 0 && block && block.getAttribute('data-movable') === 'true') {
                event.preventDefault();
            }
        });
        body.addEventListener('keydown', function (event) {
            var block = event.target.closest('.calendar-activity');
            if (!block || !event.shiftKey || block.getAttribute('data-movable') !== 'true') {
                return;
            }
            var start = block.getAttribute('data-time').split(':');
            var minutes = parseInt(start[0], 10) * 60 + parseInt(start[1], 10);
            var date = new Date(block.closest('.calendar-day').getAttribute('data-date') + 'T00:00:00Z');
            var moves = {ArrowUp: [0, -slot], ArrowDown: [0, slot], ArrowLeft: [-1, 0], ArrowRight: [1, 0]}[event.key];
            if (!moves) {
                return;
            }
            event.preventDefault();
            date.setUTCDate(date.getUTCDate() + moves[0]);
            move(block, date.toISOString().substring(0, 10), Math.min(24 * 60 - slot, Math.max(0, minutes + moves[1])));
        });

        function minutesAt(y) {
            return Math.max(0, Math.min(24 * 60 - slot, Math.floor(y / slotHeight) * slot));
        }

        function clock(minutes) {
            return String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0');
        }

        function move(block, date, minutes) {
            var form = document.getElementById('calendar-move-form');
            form.elements.activity.value = block.getAttribute('data-activity');
            form.elements.version.value = block.getAttribute('data-version');
            form.elements.date.value = date;
            form.elements.time.value = clock(minutes);
            form.elements.returnTo.value = window.location.pathname + window.location.search;
            form.submit();
        }
    }
    document.addEventListener('keydown', function (event) {
        if (event.target.closest('input, select, textarea') || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) {
            return;
        }
        var target = {ArrowLeft: 'calendar-previous', ArrowRight: 'calendar-next', t: 'calendar-today',
            d: 'view-day', w: 'view-week', m: 'view-month'}[event.key];
        var link = target ? document.getElementById(target) : null;
        if (link) {
            event.preventDefault();
            window.location = link.href;
        }
    });
})();

// The access picker shows the teams and users to choose only when access is limited.
document.addEventListener('change', function (event) {
    var picker = event.target.closest ? event.target.closest('[data-access-picker]') : null;
    if (picker && event.target.id === 'access') {
        picker.querySelector('.access-grants').classList.toggle('d-none', event.target.value !== 'LIMITED');
    }
});
