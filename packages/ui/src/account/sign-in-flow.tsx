import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { CompleteRequiredTwoFactorSetupDocument, LoginDocument, LoginWithCodeDocument, StartRequiredTwoFactorSetupDocument, type AuthPayloadFieldsFragment } from '@mengyuan/graphql';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorCode } from '../errors';
import { RecoveryCodes, TwoFactorCodeForm, TwoFactorSetupForm } from './two-factor';

type Step = { kind: 'password' } | { kind: 'code' } | { kind: 'setup'; setupToken: string; secret: string; otpauthUri: string } | { kind: 'recovery'; codes: string[]; session: AuthPayloadFieldsFragment };

const setupTokenOf = (error: unknown): string | null => {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const token = (error.errors[0]?.extensions as { setupToken?: unknown } | undefined)?.setupToken;
  return typeof token === 'string' ? token : null;
};

/**
 * Signing in with two-step verification: the password first; then, when the account has it, a code; or, for
 * alliance staff who have not set it up, the setup (QR code, first code, recovery codes) before the first session.
 */
export function useSignInFlow(onSignedIn: (payload: AuthPayloadFieldsFragment) => void) {
  const [login, password] = useMutation(LoginDocument);
  const [loginWithCode, withCode] = useMutation(LoginWithCodeDocument);
  const [startSetup, starting] = useMutation(StartRequiredTwoFactorSetupDocument);
  const [completeSetup, completing] = useMutation(CompleteRequiredTwoFactorSetupDocument);
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const beginSetup = async (setupToken: string) => {
    const { data } = await startSetup({ variables: { setupToken } });
    if (data) setStep({ kind: 'setup', setupToken, ...data.startRequiredTwoFactorSetup });
  };

  /** The password form's submit: signs in, or moves to the step the account needs. */
  const submitPassword = async (email: string, pass: string) => {
    setError(null);
    setCredentials({ email, password: pass });
    try {
      const { data } = await login({ variables: { email, password: pass } });
      if (data) onSignedIn(data.login);
    } catch (e) {
      const code = errorCode(e);
      if (code === 'TWO_FACTOR_REQUIRED') setStep({ kind: 'code' });
      else if (code === 'TWO_FACTOR_SETUP_REQUIRED' && setupTokenOf(e)) await beginSetup(setupTokenOf(e)!).catch(setError);
      else setError(e);
    }
  };

  /** After accepting an invitation that needs two-step setup first. */
  const setupAfter = (e: unknown) => {
    const token = setupTokenOf(e);
    if (errorCode(e) === 'TWO_FACTOR_SETUP_REQUIRED' && token) {
      void beginSetup(token).catch(setError);
      return true;
    }
    return false;
  };

  const steps =
    step.kind === 'code' ? (
      <TwoFactorCodeForm
        loading={withCode.loading}
        error={error}
        onBack={() => {
          setError(null);
          setStep({ kind: 'password' });
        }}
        onSubmit={async (code) => {
          setError(null);
          try {
            const { data } = await loginWithCode({ variables: { email: credentials!.email, password: credentials!.password, totpCode: code } });
            if (data) onSignedIn(data.login);
          } catch (e) {
            setError(e);
          }
        }}
      />
    ) : step.kind === 'setup' ? (
      <TwoFactorSetupForm
        secret={step.secret}
        otpauthUri={step.otpauthUri}
        loading={completing.loading}
        error={error}
        onConfirm={async (code) => {
          setError(null);
          try {
            const { data } = await completeSetup({ variables: { setupToken: step.setupToken, code } });
            if (data) setStep({ kind: 'recovery', codes: [...data.completeRequiredTwoFactorSetup.recoveryCodes], session: data.completeRequiredTwoFactorSetup.session });
          } catch (e) {
            setError(e);
          }
        }}
      />
    ) : step.kind === 'recovery' ? (
      <RecoveryCodes codes={step.codes} onDone={() => onSignedIn(step.session)} />
    ) : null;

  return { step: step.kind, steps, submitPassword, setupAfter, loading: password.loading || starting.loading, error: step.kind === 'password' ? error : null };
}
