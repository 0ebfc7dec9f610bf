// Moved to electron/shared/domain/hangul.ts so the programme service (main, CLI) matches exactly as search does.
export * from '../../../electron/shared/domain/hangul';
