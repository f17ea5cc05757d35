/** The words of content/ui.yaml the check shows; the build carries only these (build/compose/bundle.ts). */
export const CHECK_UI = [
  'checkTitle', 'checkQuestion', 'checkProgress', 'checkButton', 'checkNext', 'checkFinish', 'checkChoose',
  'checkRight', 'checkWrong', 'checkScore', 'checkPassed', 'checkFailed', 'checkMissed', 'checkRetry', 'checkResult',
  'checkRetryMissed', 'checkPracticeProgress', 'checkPracticeScore', 'checkKept', 'checkStartAgain', 'checkCopyResult',
  'checkResultCopied', 'checkResultCopyFailed', 'checkName', 'checkKeepName', 'checkCaseRight', 'checkCaseWrong', 'checkNoCases',
] as const;
export type CheckUiKey = (typeof CHECK_UI)[number];
