/**
 * Progressive enhancement of the server-rendered map, as the ARIA practices describe a composite
 * widget: the map is one Tab stop with a roving focus; arrow keys move to the nearest region in
 * that direction, Home and End to the westernmost and easternmost; the tooltip follows focus.
 * A mouse gets the tooltip on hover. On touch, a tap opens a card (value, date, method, source,
 * a link to the region page) and never navigates; Esc, the close button or a tap outside closes
 * it. Without this script the map still shows, and every region is a link.
 */
type Mode = 'tip' | 'card';

function enhance(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('svg.choropleth');
  const card = figure.querySelector<HTMLElement>('.map-card');
  if (!svg || !card) return;
  // In document order, west to east (the server sorts them so): the walk's order.
  const regions = [...svg.querySelectorAll<SVGAElement>('a.map-region')];
  const highlight = svg.querySelector<SVGUseElement>('.map-focus');
  const label = (key: string) => figure.dataset[key] ?? '';
  let lastPointer = '';

  // One Tab stop: the current region; the others are reached with the arrow keys.
  const setCurrent = (current: SVGAElement) => regions.forEach((r) => r.setAttribute('tabindex', r === current ? '0' : '-1'));
  setCurrent(regions[0]!);
  figure.dataset['enhanced'] = '';

  /** Rings the region by drawing its shape once more, on top of its neighbours. */
  function mark(region: SVGAElement | undefined): void {
    const shape = region?.querySelector('use')?.getAttribute('href');
    if (shape) highlight?.setAttribute('href', shape);
    else highlight?.removeAttribute('href');
  }

  function line(className: string, text: string): HTMLElement {
    const element = document.createElement('p');
    element.className = className;
    element.textContent = text;
    return element;
  }

  function render(region: SVGAElement, mode: Mode): void {
    const d = region.dataset;
    const parts: HTMLElement[] = [line('card-name', d['cardName'] ?? ''), line('card-value', d['cardValue'] ?? '')];
    if (d['cardFlag']) parts.push(line('card-flag', d['cardFlag']));
    for (const [key, name] of [
      ['cardDate', 'labelAsOf'],
      ['cardMethod', 'labelMethod'],
      ['cardSource', 'labelSource'],
      ['cardNote', 'labelNote'],
    ] as const) {
      if (d[key]) parts.push(line('card-line', `${label(name)}: ${d[key]}`));
    }
    if (mode === 'card') {
      const open = document.createElement('a');
      open.className = 'card-open';
      open.href = region.getAttribute('href') ?? '#';
      // In an embed the regions open in a new tab, and so does the card's link: the frame never navigates.
      const target = region.getAttribute('target');
      if (target) {
        open.target = target;
        open.rel = 'noopener';
      }
      open.textContent = `${label('labelOpen')} →`;
      const close = document.createElement('button');
      close.type = 'button';
      close.className = 'card-close';
      close.textContent = '×';
      close.setAttribute('aria-label', label('labelClose'));
      close.addEventListener('click', hide);
      parts.push(open, close);
    }
    card!.replaceChildren(...parts);
    card!.dataset['mode'] = mode;
    // The tooltip repeats the region's accessible name; only the touch card is read.
    if (mode === 'tip') card!.setAttribute('aria-hidden', 'true');
    else card!.removeAttribute('aria-hidden');
  }

  /** Where a region's label point lies, in px from the figure's top left. */
  function anchorOf(region: SVGAElement): [number, number] {
    const box = figure.getBoundingClientRect();
    const svgBox = svg!.getBoundingClientRect();
    return [svgBox.left - box.left + (Number(region.dataset['x']) / 100) * svgBox.width, svgBox.top - box.top + (Number(region.dataset['y']) / 100) * svgBox.height];
  }

  function show(region: SVGAElement, mode: Mode, at?: [number, number]): void {
    render(region, mode);
    mark(region);
    card!.hidden = false;
    const [x, y] = at ?? anchorOf(region);
    const width = figure.clientWidth;
    const svgBottom = svg!.getBoundingClientRect().bottom - figure.getBoundingClientRect().top;
    const { offsetWidth, offsetHeight } = card!;
    card!.style.left = `${Math.max(4, Math.min(x - offsetWidth / 2, width - offsetWidth - 4))}px`;
    // Below the point, unless that runs past the map's bottom; then above it.
    const below = y + 14;
    card!.style.top = `${below + offsetHeight > svgBottom && y - 14 - offsetHeight >= 0 ? y - 14 - offsetHeight : below}px`;
    // A touch card can be taller than the room on a phone's screen: bring all of it into view.
    if (mode === 'card') card!.scrollIntoView({ block: 'nearest' });
  }

  function hide(): void {
    card!.hidden = true;
    mark(document.activeElement instanceof SVGAElement && regions.includes(document.activeElement) ? document.activeElement : undefined);
  }

  for (const region of regions) {
    region.addEventListener('pointerdown', (event) => {
      lastPointer = event.pointerType;
    });
    region.addEventListener('pointermove', (event) => {
      if (event.pointerType !== 'mouse') return;
      const box = figure.getBoundingClientRect();
      show(region, 'tip', [event.clientX - box.left, event.clientY - box.top]);
    });
    region.addEventListener('pointerleave', (event) => {
      if (event.pointerType === 'mouse' && card!.dataset['mode'] === 'tip') hide();
    });
    region.addEventListener('focus', () => {
      setCurrent(region);
      if (lastPointer !== 'touch') show(region, 'tip');
    });
    region.addEventListener('blur', () => {
      if (card!.dataset['mode'] === 'tip') hide();
    });
    region.addEventListener('click', (event) => {
      // A tap opens the card and never leaves the page; the card's link does.
      if (lastPointer === 'touch') {
        event.preventDefault();
        show(region, 'card');
      }
      lastPointer = '';
    });
  }

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !card.hidden) hide();
  });
  document.addEventListener('pointerdown', (event) => {
    const target = event.target as Node;
    if (!card.hidden && !card.contains(target) && !regions.some((r) => r.contains(target))) hide();
  });

  svg.addEventListener('keydown', (event) => {
    const current = document.activeElement as SVGAElement | null;
    if (!current || !regions.includes(current)) return;
    let next: SVGAElement | undefined;
    if (event.key === 'Home') next = regions[0];
    else if (event.key === 'End') next = regions.at(-1);
    else {
      const directions: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
      const direction = directions[event.key];
      if (!direction) return;
      next = nearest(current, direction);
    }
    event.preventDefault();
    next?.focus();
  });

  /** The region whose label point lies nearest in a direction, preferring those straight ahead. */
  function nearest(current: SVGAElement, [dx, dy]: [number, number]): SVGAElement | undefined {
    const { width, height } = svg!.getBoundingClientRect();
    const at = (r: SVGAElement) => [(Number(r.dataset['x']) / 100) * width, (Number(r.dataset['y']) / 100) * height] as const;
    const [cx, cy] = at(current);
    let best: SVGAElement | undefined;
    let bestScore = Infinity;
    for (const region of regions) {
      if (region === current) continue;
      const [x, y] = at(region);
      const along = (x - cx) * dx + (y - cy) * dy;
      if (along <= 0) continue;
      const across = Math.abs((x - cx) * dy - (y - cy) * dx);
      const score = along + 2 * across;
      if (score < bestScore) {
        bestScore = score;
        best = region;
      }
    }
    return best;
  }
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-map]')) enhance(figure);
