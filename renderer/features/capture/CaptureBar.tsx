import './capture.css';
import { useTranslation } from 'react-i18next';
import { shortcutLabel } from '../../core/commands';
import { KindIcon } from '../../ui/KindIcon';
import { CAPTURE_COMMAND, CAPTURE_KINDS, quickCapture } from './quickCapture';

/** The quick-capture buttons, each with its shortcut, so the shortcuts are learnt by seeing them. */
export function CaptureBar() {
  const { t } = useTranslation('capture');
  const { t: tj } = useTranslation('journal');
  return (
    <div className="capture-bar" role="toolbar" aria-label={t('toolbar')}>
      <span className="capture-label">{t('toolbar')}</span>
      {CAPTURE_KINDS.map((kind) => {
        const shortcut = shortcutLabel(CAPTURE_COMMAND[kind]);
        const name = tj(`kinds.${kind}`);
        return (
          <button key={kind} className="capture-button" title={t('captureTitle', { kind: name, shortcut })} aria-keyshortcuts={shortcut.replace('Ctrl', 'Control')} onClick={() => void quickCapture(kind)}>
            <KindIcon kind={kind} />
            <span>{name}</span>
            <kbd aria-label={shortcut}>{shortcut}</kbd>
          </button>
        );
      })}
    </div>
  );
}
