/* The event editor (programme/forms.py): a workshop's round checkboxes and a programme
   item's "workshop round" list offer only the rounds entered on the Workshops tab, by
   name and time ("Ronde 1 (13:30–14:45)"), and follow them while rounds are added,
   renamed, reordered or deleted. The server checks the same on saving. */
(function () {
  'use strict';

  const strings = JSON.parse(
    document.getElementById('programme-event-editor-strings')?.textContent || '{}',
  );

  function isDeleted(child) {
    const deleted = child.querySelector('input[name$="-DELETE"]');
    return (
      child.hidden ||
      child.classList.contains('deleted') ||
      (deleted && ['1', 'on', 'true'].includes(String(deleted.value).toLowerCase()))
    );
  }

  function value(child, suffix) {
    const input = child.querySelector(`[name$="-${suffix}"]`);
    return input ? input.value.trim() : '';
  }

  function liveRounds() {
    const container = document.getElementById('id_workshop_rounds-FORMS');
    if (!container) return null;
    const children = [...container.children].filter(
      (child) => child.querySelector('[name$="-start_time"]') && !isDeleted(child),
    );
    return children.map((child, index) => {
      const number = index + 1;
      const name = value(child, 'title') || (strings.round || 'Round %(number)s').replace('%(number)s', number);
      const start = value(child, 'start_time');
      const end = value(child, 'end_time');
      const times = start && end ? ` (${start}–${end})` : start ? ` (${start})` : '';
      return `${name}${times}`;
    });
  }

  function setLabelText(label, text) {
    const textNode = [...label.childNodes].reverse().find((n) => n.nodeType === Node.TEXT_NODE);
    if (textNode) textNode.textContent = ` ${text}`;
    else label.append(` ${text}`);
  }

  function update() {
    const labels = liveRounds();
    if (labels === null) return;
    document
      .querySelectorAll('#id_workshops-FORMS input[type="checkbox"][name$="-round_numbers"]')
      .forEach((checkbox) => {
        const number = Number(checkbox.value);
        const offered = number <= labels.length;
        const row = checkbox.closest('label')?.parentElement || checkbox.parentElement;
        row.hidden = !offered;
        if (!offered) checkbox.checked = false;
        else if (checkbox.closest('label')) setLabelText(checkbox.closest('label'), labels[number - 1]);
      });
    document
      .querySelectorAll('#id_programme_items-FORMS select[name$="-workshop_round_number"]')
      .forEach((select) => {
        [...select.options].forEach((option) => {
          if (!option.value) return;
          const number = Number(option.value);
          option.hidden = number > labels.length;
          option.disabled = number > labels.length;
          if (number <= labels.length) option.textContent = labels[number - 1];
        });
      });
  }

  let scheduled = false;
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      update();
    });
  }

  function start() {
    if (!document.getElementById('id_workshop_rounds-FORMS')) return;
    update();
    document.addEventListener('input', schedule);
    document.addEventListener('change', schedule);
    new MutationObserver(schedule).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class', 'hidden', 'style', 'value'],
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
