// Refreshes the progress of queued and running imports on the operation page from the JSON status endpoint
// (no inline script: CSP). Status names come from the API; the page supplies their labels in its language.
(function () {
  const table = document.querySelector('table[data-status-labels]');
  const rows = Array.from(document.querySelectorAll('tr[data-import-status]'));
  if (!table || rows.length === 0) return;
  const labels = JSON.parse(table.dataset.statusLabels || '{}');
  const finished = (status) => status === 'Succeeded' || status === 'Failed' || status === 'AwaitingMapping';
  function set(row, field, value) {
    const cell = row.querySelector('[data-field=' + field + ']');
    // A cell holding a link (quarantined rows) keeps it; the page shows the link after a reload.
    if (cell && !cell.querySelector('a')) cell.textContent = value;
  }
  async function refresh() {
    let active = false;
    for (const row of rows) {
      const status = row.querySelector('[data-field=status]');
      if (!status || finished(status.dataset.raw)) continue;
      try {
        const response = await fetch(row.dataset.importStatus, { headers: { Accept: 'application/json' } });
        if (!response.ok) continue;
        const s = await response.json();
        status.dataset.raw = s.status;
        status.textContent = labels[s.status] || s.status;
        row.querySelector('[data-field=percent]').textContent = s.percent;
        row.querySelector('progress').value = s.percent;
        set(row, 'imported', s.imported);
        set(row, 'quarantined', s.quarantined);
        set(row, 'duplicates', s.duplicates);
        if (!finished(s.status)) active = true;
      } catch (e) {
        active = true; // offline for a moment: try again next round
      }
    }
    if (active) setTimeout(refresh, 2000);
  }
  refresh();
})();
