// The reminder list's clock, run as a dedicated worker: browsers slow the timers of a background
// tab down (Chrome to once a minute after a while), not those of its workers, so a tab the user
// is not looking at still asks for due reminders at the pace the page sets.
var timer = null;
onmessage = function (event) {
    clearInterval(timer);
    timer = setInterval(function () { postMessage('tick'); }, event.data);
};
