/**
 * Progressive enhancement of the server-rendered map: a tooltip on hover, focus and tap that
 * Esc or a tap elsewhere dismisses, and arrow keys that move focus to the nearest region in
 * that direction. Without this script the map still shows, and every region is a link.
 */
type Tip = { name: string; value: string; date: string; method: string; source: string };

function tipOf(region: HTMLElement | SVGElement): Tip {
  const d = region.dataset;
  return { name: d['tipName'] ?? '', value: d['tipValue'] ?? '', date: d['tipDate'] ?? '', method: d['tipMethod'] ?? '', source: d['tipSource'] ?? '' };
}

function enhance(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('svg.choropleth');
  const tooltip = figure.querySelector<HTMLElement>('.map-tooltip');
  if (!svg || !tooltip) return;
  const regions = [...svg.querySelectorAll<SVGAElement>('a.map-region')];
  // On a phone the map is wider than the screen and pans; start with the middle of Bali in view.
  const frame = svg.parentElement;
  if (frame && frame.scrollWidth > frame.clientWidth) frame.scrollLeft = (frame.scrollWidth - frame.clientWidth) / 2;
  const labels = { asOf: figure.dataset['labelAsOf'] ?? '', method: figure.dataset['labelMethod'] ?? '', source: figure.dataset['labelSource'] ?? '', open: figure.dataset['labelOpen'] ?? '' };
  let shownFor: SVGAElement | undefined;

  function render(region: SVGAElement): void {
    const tip = tipOf(region);
    tooltip!.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = tip.name;
    const value = document.createElement('span');
    value.className = 'tip-value';
    value.textContent = tip.value;
    tooltip!.append(title, value);
    for (const [label, text] of [
      [labels.asOf, tip.date],
      [labels.method, tip.method],
      [labels.source, tip.source],
    ] as const) {
      if (!text) continue;
      const line = document.createElement('span');
      line.textContent = `${label}: ${text}`;
      tooltip!.append(line);
    }
    const link = document.createElement('a');
    link.href = region.getAttribute('href') ?? '#';
    link.textContent = labels.open;
    tooltip!.append(link);
  }

  function show(region: SVGAElement, clientX?: number, clientY?: number): void {
    render(region);
    shownFor = region;
    tooltip!.hidden = false;
    const box = figure.getBoundingClientRect();
    let x: number;
    let y: number;
    if (clientX !== undefined && clientY !== undefined) {
      x = clientX - box.left;
      y = clientY - box.top;
    } else {
      // Focus or tap: anchor at the region's label point, scaled from the viewBox.
      const svgBox = svg!.getBoundingClientRect();
      const scale = svgBox.width / svg!.viewBox.baseVal.width;
      x = svgBox.left - box.left + Number(region.dataset['cx']) * scale;
      y = svgBox.top - box.top + Number(region.dataset['cy']) * scale;
    }
    const width = tooltip!.offsetWidth;
    tooltip!.style.left = `${Math.max(4, Math.min(x + 12, box.width - width - 4))}px`;
    tooltip!.style.top = `${y + 16}px`;
  }

  function hide(): void {
    tooltip!.hidden = true;
    shownFor = undefined;
  }

  for (const region of regions) {
    region.addEventListener('pointermove', (event) => {
      if (event.pointerType === 'mouse') show(region, event.clientX, event.clientY);
    });
    region.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'mouse') hide();
    });
    region.addEventListener('focus', () => show(region));
    region.addEventListener('blur', () => {
      // Keep the tooltip while focus moves into it (its link).
      requestAnimationFrame(() => {
        if (!tooltip!.contains(document.activeElement)) hide();
      });
    });
    region.addEventListener('click', (event) => {
      // On touch, the first tap shows the tooltip; a second tap on the same region follows the link.
      if ((event as PointerEvent).pointerType === 'touch' && shownFor !== region) {
        event.preventDefault();
        show(region);
      }
    });
  }

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tooltip!.hidden) hide();
  });
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (!tooltip!.hidden && !tooltip!.contains(target) && !regions.some((r) => r.contains(target))) hide();
  });

  svg.addEventListener('keydown', (event) => {
    const directions: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
    const direction = directions[event.key];
    const current = document.activeElement as SVGAElement | null;
    if (!direction || !current || !regions.includes(current)) return;
    event.preventDefault();
    const [dx, dy] = direction;
    const cx = Number(current.dataset['cx']);
    const cy = Number(current.dataset['cy']);
    let best: SVGAElement | undefined;
    let bestScore = Infinity;
    for (const region of regions) {
      if (region === current) continue;
      const ox = Number(region.dataset['cx']) - cx;
      const oy = Number(region.dataset['cy']) - cy;
      const along = ox * dx + oy * dy;
      if (along <= 0) continue;
      const across = Math.abs(ox * dy - oy * dx);
      const score = along + 2 * across;
      if (score < bestScore) {
        bestScore = score;
        best = region;
      }
    }
    best?.focus();
  });
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-map]')) enhance(figure);
