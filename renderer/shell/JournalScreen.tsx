import './mathStyles';
import { CaptureBar } from '../features/capture/CaptureBar';
import { EntryEditor } from '../features/editor/EntryEditor';
import { JournalView } from '../features/journal/JournalView';

/** The journal tab: the day's timeline with the capture bar and the entry editor passed in (one lazily loaded chunk). */
export function JournalScreen() {
  return <JournalView toolbar={<CaptureBar />} editor={(entry, close) => <EntryEditor key={entry.id} entry={entry} onClose={close} />} />;
}
