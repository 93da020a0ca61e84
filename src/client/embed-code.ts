/**
 * Progressive enhancement of the "Embed & download" box: a copy button under each code field.
 * Without JavaScript (or a clipboard) the read-only field can still be selected and copied.
 */
for (const field of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-embed-code]')) {
  if (!navigator.clipboard) break;
  const button = document.createElement('button');
  button.type = 'button';
  const label = field.dataset['copy'] ?? 'Copy';
  button.textContent = label;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(field.value).then(
      () => {
        button.textContent = field.dataset['copied'] ?? label;
        setTimeout(() => (button.textContent = label), 2000);
      },
      () => field.select(),
    );
  });
  field.after(button);
}
