// "all / none" helpers of the comment form's recipients: tick or untick every box of one group.
document.querySelectorAll('button[data-check]').forEach(function (button) {
  button.addEventListener('click', function () {
    var on = button.getAttribute('data-value') === 'all';
    var group = document.querySelector('[data-group="' + button.getAttribute('data-check') + '"]');
    if (group) {
      group.querySelectorAll('input[type=checkbox]').forEach(function (box) { box.checked = on; });
    }
  });
});
