import { ErrorCode } from '@mengyuan/domain';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import { AppError } from './errors';

/** The input field each unique constraint protects, as the mutations that can hit it name it. */
const FIELD_OF_CONSTRAINT: Record<string, string> = {
  users_email_key: 'ownerEmail',
  organizations_uscc_key: 'unifiedSocialCreditCode',
  brands_name_key: 'name',
  skus_code_key: 'code',
  offers_sku_supplier_key: 'skuId',
  orders_member_client_no_key: 'clientOrderNo',
  user_invitations_open_key: 'email',
};

/**
 * A race the service's own check could not see (two requests at once) ends on a unique index: that is a
 * CONFLICT naming the field, the same answer the check gives, never INTERNAL.
 */
export function conflictOf(err: unknown): AppError | null {
  const driver = (err as { driverError?: { code?: string; constraint?: string } })?.driverError ?? (err as { code?: string; constraint?: string });
  if (driver?.code !== '23505') return null;
  const field = FIELD_OF_CONSTRAINT[driver.constraint ?? ''];
  return new AppError(ErrorCode.CONFLICT, field ? `Already registered: ${field}` : 'This already exists', field ? { fields: { [field]: ['is already registered'] } } : {});
}

@Injectable()
export class UniqueViolationInterceptor implements NestInterceptor {
  intercept(_ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((err: unknown) => {
        throw conflictOf(err) ?? err;
      }),
    );
  }
}
