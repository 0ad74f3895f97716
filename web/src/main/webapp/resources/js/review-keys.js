// Keyboard shortcuts of the item page. They press the page's own buttons and links, so a key
// does exactly what a click does (same form, same view state, same checks on the server).
// Keys typed into the comment box stay text; Escape leaves the box so the keys work again.
// While the image viewer is open (image-viewer.js, body.viewing) the keys are the viewer's: a
// decision is never made on an item whose page is hidden behind an image.
document.addEventListener('keydown', function (event) {
  if (event.ctrlKey || event.metaKey || event.altKey || document.body.classList.contains('viewing')) {
    return;
  }
  var target = event.target;
  if (target.matches('input, textarea, select, [contenteditable]')) {
    if (event.key === 'Escape') {
      target.blur();
    }
    return;
  }
  function press(id) {
    var element = document.getElementById(id);
    if (element) {
      event.preventDefault();
      element.click();
    }
  }
  switch (event.key) {
    case 'a': press('review:approve'); break;
    case 'r': press('review:reject'); break;
    case 'f': {
      // a flag needs a reason: with none typed yet, go to the box instead of submitting
      var comment = document.getElementById('review:comment');
      if (comment && comment.value.trim() === '') {
        event.preventDefault();
        comment.focus();
      } else {
        press('review:flag');
      }
      break;
    }
    case 'j': case 'n': press('next'); break;
    case 'k': case 'p': press('previous'); break;
  }
});
