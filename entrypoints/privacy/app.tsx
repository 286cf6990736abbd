// The privacy page: PRIVACY.md as the repository ships it, in English, and, when Pacer speaks
// another language, one line in that language saying so (the policy is a document, not UI text:
// one reviewed English text rather than five translations that could drift from it).
import { MarkdownView } from '../../components/markdown-view';
import { t } from '../../lib/i18n/t';
import { parseMarkdown } from '../../lib/ui/markdown';

export function PrivacyPage({ markdown }: { markdown: string }) {
  const lang = t('common.lang');
  return (
    <>
      {lang === 'en' ? null : (
        <p class="policy-language" lang={lang} role="note">
          {t('privacy.inEnglish')}
        </p>
      )}
      <MarkdownView blocks={parseMarkdown(markdown)} />
    </>
  );
}
