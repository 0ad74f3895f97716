// The jobs page: show only the start form's fields the chosen job reads, and while an execution is
// running reload the page every few seconds (unless the admin has started typing into the form).
(function () {
  var job = document.getElementById('start:job');
  function showFields() {
    document.querySelectorAll('.jobform [class*="for-"]').forEach(function (field) {
      field.style.display = field.classList.contains('for-' + job.value) ? '' : 'none';
    });
  }
  if (job) {
    job.addEventListener('change', showFields);
    showFields();
  }
  var touched = false;
  document.addEventListener('input', function () { touched = true; });
  // once a form is sent (Start, a confirmed Stop) no reload: it would replace the navigation under way
  document.addEventListener('submit', function () { touched = true; });
  document.addEventListener('DOMContentLoaded', schedule);
  if (document.readyState !== 'loading') { schedule(); }
  function schedule() {
    if (document.getElementById('auto-refresh')) {
      setTimeout(function () { if (!touched) { location.replace(location.pathname); } }, 3000);
    }
  }
})();
