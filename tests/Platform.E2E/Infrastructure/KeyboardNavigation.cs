using Microsoft.Playwright;

namespace Platform.E2E.Infrastructure;

/// <summary>
/// WCAG 2.1.1 (keyboard), 2.4.3 (focus order), 2.4.7 (focus visible) and 2.4.11 (focus not obscured): pressing Tab
/// from the top of the page must visit every visible interactive element, in document order, each with a visible
/// focus indicator inside the viewport.
/// </summary>
public static class KeyboardNavigation
{
    // Marks the elements a keyboard user should reach, in document order, and returns their descriptions.
    private const string MarkTabbables = """
        () => {
          const describe = el => {
            const label = (el.getAttribute('aria-label') || el.innerText || el.value || el.name || '').trim().replace(/\s+/g, ' ').slice(0, 40);
            return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.name ? ' name=' + el.name : ''}> "${label}"`;
          };
          window.__describeForKeyboardTest = describe;
          const candidates = document.querySelectorAll(
            'a[href], area[href], button, input, select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable=""], [contenteditable="true"], [tabindex]');
          const visible = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]');
          const radioReached = new Set();
          const list = [];
          for (const el of candidates) {
            if (el.disabled || el.tabIndex < 0 || (el.type === 'hidden' && el.tagName === 'INPUT') || !visible(el)) continue;
            if (el.tagName === 'INPUT' && el.type === 'radio' && el.name) {
              // Tab reaches one radio per group: the checked one, or else the first.
              const group = [...document.getElementsByName(el.name)].filter(r => r.type === 'radio' && r.form === el.form);
              const checked = group.find(r => r.checked);
              if (radioReached.has(group[0]) || (checked && checked !== el)) continue;
              radioReached.add(group[0]);
            }
            list.push(el);
          }
          document.querySelectorAll('[data-keyboard-order]').forEach(el => el.removeAttribute('data-keyboard-order'));
          list.forEach((el, i) => el.setAttribute('data-keyboard-order', String(i)));
          return list.map(el => (el.tabIndex > 0 ? 'POSITIVE-TABINDEX ' : '') + describe(el));
        }
        """;

    // Puts the sequential focus starting point at the very top of the body, as after loading the page.
    private const string FocusTopOfPage = """
        () => {
          const start = document.createElement('span');
          start.tabIndex = -1;
          start.id = '__keyboard-test-start';
          document.body.prepend(start);
          start.focus();
          window.scrollTo(0, 0);
        }
        """;

    private const string DescribeFocus = """
        () => {
          document.getElementById('__keyboard-test-start')?.remove();
          const el = document.activeElement;
          if (!el || el === document.body) return { order: -1, element: 'nothing (focus left the page)', indicator: false, inViewport: false };
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
          const box = el.getBoundingClientRect();
          const inViewport = box.bottom > 0 && box.right > 0 && box.top < window.innerHeight && box.left < window.innerWidth;
          return {
            order: Number(el.getAttribute('data-keyboard-order') ?? -1),
            element: window.__describeForKeyboardTest(el),
            indicator: outline || shadow,
            inViewport,
            segmented: el.tagName === 'INPUT' && ['date', 'datetime-local', 'month', 'week', 'time'].includes(el.type),
          };
        }
        """;

    private const int MaxInputParts = 6;

    /// <summary>Tabs through the whole page and fails on the first element reached out of order or without visible focus.</summary>
    /// <returns>The elements in the order they were reached, for further assertions.</returns>
    public static async Task<IReadOnlyList<string>> AssertKeyboardNavigableAsync(this IPage page)
    {
        var expected = await page.EvaluateAsync<string[]>(MarkTabbables);
        Assert.NotEmpty(expected);
        Assert.DoesNotContain(expected, e => e.StartsWith("POSITIVE-TABINDEX", StringComparison.Ordinal));

        await page.EvaluateAsync(FocusTopOfPage);
        for (var i = 0; i < expected.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusState>(DescribeFocus);

            // Chromium's date and time inputs take one Tab per part (day, month, year): tab on through them.
            for (var part = 0; part < MaxInputParts && i > 0 && focus.Order == i - 1 && focus.Segmented; part++)
            {
                await page.Keyboard.PressAsync("Tab");
                focus = await page.EvaluateAsync<FocusState>(DescribeFocus);
            }

            Assert.True(focus.Order == i,
                $"Tab press {i + 1} on {page.Url} should focus {expected[i]}, but focus is on {focus.Element}.\nExpected order:\n  {string.Join("\n  ", expected)}");
            Assert.True(focus.Indicator, $"{focus.Element} on {page.Url} has no visible focus indicator (outline or box-shadow).");
            Assert.True(focus.InViewport, $"{focus.Element} on {page.Url} is focused outside the visible area.");
        }

        return expected;
    }

    // Filled by Playwright from the script's result, so it needs settable properties.
    private sealed class FocusState
    {
        public int Order { get; set; }
        public string Element { get; set; } = "";
        public bool Indicator { get; set; }
        public bool InViewport { get; set; }

        public bool Segmented { get; set; }
    }
}
