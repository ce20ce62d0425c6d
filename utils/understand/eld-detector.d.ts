/** eld's detector factory (eld/src/languageDetector.js), aliased in wxt.config.ts. */
declare module 'eld-detector' {
  interface EldResult {
    language: string;
    getScores(): Record<string, number>;
    isReliable(): boolean;
  }
  export function createEld(): {
    instance: { detect(text: string): EldResult };
    loadData(data: unknown): void;
  };
}
