/* Many-to-many chooser (programme/choosers.py): the chosen items are <li>s with a hidden
   input each; "Add" opens Wagtail's snippet chooser with checkboxes (and its "create"
   tab). Delegated listeners, so rows that InlinePanel adds later work too. */
(function () {
  'use strict';

  function setEmpty(container) {
    const empty = container.querySelector('[data-empty]');
    empty.hidden = container.querySelectorAll('[data-chosen-list] li').length > 0;
  }

  function addItem(container, item) {
    const list = container.querySelector('[data-chosen-list]');
    if (list.querySelector(`li[data-id="${CSS.escape(String(item.id))}"]`)) return;
    const label = item.string || item.title || String(item.id);
    const li = document.createElement('li');
    li.className = 'multiple-chooser__item';
    li.dataset.id = item.id;
    const text = document.createElement('span');
    text.className = 'multiple-chooser__label';
    text.textContent = label;
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = container.dataset.name;
    input.value = item.id;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'button button-small button-secondary';
    remove.dataset.remove = '';
    remove.textContent = container.dataset.removeLabel;
    const hidden = document.createElement('span');
    hidden.className = 'w-sr-only';
    hidden.textContent = ` ${label}`;
    remove.appendChild(hidden);
    li.append(text, input, remove);
    list.appendChild(li);
  }

  function changed(container) {
    setEmpty(container);
    // Tells Wagtail's unsaved-changes tracking and live preview that the form changed.
    container.dispatchEvent(new Event('change', { bubbles: true }));
  }

  document.addEventListener('click', (event) => {
    const add = event.target.closest('[data-multiple-chooser] [data-add]');
    if (add) {
      event.preventDefault();
      const container = add.closest('[data-multiple-chooser]');
      // eslint-disable-next-line no-undef
      ModalWorkflow({
        url: container.dataset.chooserUrl,
        urlParams: { multiple: 1 },
        onload: window.CHOOSER_MODAL_ONLOAD_HANDLERS,
        responses: {
          chosen(result) {
            (Array.isArray(result) ? result : [result]).forEach((item) => addItem(container, item));
            changed(container);
          },
        },
      });
      return;
    }
    const remove = event.target.closest('[data-multiple-chooser] [data-remove]');
    if (remove) {
      event.preventDefault();
      const container = remove.closest('[data-multiple-chooser]');
      remove.closest('li').remove();
      changed(container);
    }
  });
})();
