import { expect, test } from './fixtures';

const RICH = `<html><body><!--StartFragment-->
<div class="share-bar">Share this article: Facebook Twitter Email</div>
<h2 style="color:red">Qualifying report</h2>
<p class=MsoNormal><b><span style='font-family:"Calibri"'>Derani</span></b><span> took pole in 1:32.656, <i>a new record</i>.<o:p></o:p></span></p>
<ul><li>Pipo Derani</li><li>Renger van der Zande</li></ul>
<p>Results on <a href="https://www.imsa.com/" onclick="alert(1)">imsa.com</a> and <a href="javascript:alert(2)">here</a>.</p>
<script>alert(3)</script><img src=x onerror="alert(4)">
<!--EndFragment--></body></html>`;

test('rich paste keeps headings, lists, bold and links, and drops script, handlers and furniture', async ({ desk }) => {
  const dialogs: string[] = [];
  desk.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await desk.getByRole('button', { name: 'New' }).click();
  const body = desk.locator('.article-body');
  await body.click();
  await desk.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Derani took pole in 1:32.656, a new record.');
    document.querySelector('.article-body')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, RICH);

  // Pasted into an untitled article, the heading on top becomes its headline.
  await expect(desk.getByLabel('Headline')).toHaveValue('Qualifying report');
  await expect(body.locator('strong')).toHaveText('Derani');
  await expect(body.locator('em')).toHaveText('a new record');
  await expect(body.locator('li')).toHaveText(['Pipo Derani', 'Renger van der Zande']);
  await expect(body.locator('a[href="https://www.imsa.com/"]')).toHaveText('imsa.com');
  const html = await body.innerHTML();
  expect(html).not.toMatch(/javascript:|onclick|onerror|<script|<img|Share this article|MsoNormal|style="color/);
  await desk.getByRole('tab', { name: /Removed/ }).click();
  await expect(desk.locator('.removed-text')).toContainText(['Share this article: Facebook Twitter Email']);
  await expect(desk.getByTestId('save-state')).toHaveText(/^Saved/, { timeout: 5000 });
  expect(dialogs).toEqual([]);
});

test('a heading pasted into an article that has a headline stays a heading', async ({ desk }) => {
  await desk.getByRole('button', { name: 'New' }).click();
  await desk.getByLabel('Headline').fill('Roar report');
  await desk.locator('.article-body').click();
  await desk.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/html', '<h2>Qualifying report</h2><p>Derani took pole.</p>');
    document.querySelector('.article-body')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(desk.locator('.article-body h2')).toHaveText('Qualifying report');
  await expect(desk.locator('.article-body p', { hasText: 'Derani took pole.' })).toBeVisible();
});
