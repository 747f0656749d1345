// Refreshes the progress of running imports on the operation page from the JSON status endpoint (no inline script: CSP).
(function () {
  const rows = Array.from(document.querySelectorAll('tr[data-import-status]'));
  if (rows.length === 0) return;
  async function refresh() {
    let active = false;
    for (const row of rows) {
      const status = row.querySelector('[data-field=status]');
      if (!status || /Succeeded|Failed/.test(status.dataset.raw || '')) continue;
      try {
        const response = await fetch(row.dataset.importStatus, { headers: { Accept: 'application/json' } });
        if (!response.ok) continue;
        const s = await response.json();
        status.dataset.raw = s.status;
        status.textContent = s.status;
        row.querySelector('[data-field=percent]').textContent = s.percent;
        row.querySelector('progress').value = s.percent;
        row.querySelector('[data-field=imported]').textContent = s.imported;
        row.querySelector('[data-field=duplicates]').textContent = s.duplicates;
        if (s.status === 'Queued' || s.status === 'Running') active = true;
      } catch (e) { /* offline for a moment: try again next round */ }
    }
    if (active) setTimeout(refresh, 2000);
  }
  refresh();
})();
