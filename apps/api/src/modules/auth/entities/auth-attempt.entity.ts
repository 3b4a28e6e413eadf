import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Sign-in attempts, kept in the database so every api replica sees the same rate limits. */
@Entity('auth_attempts')
export class AuthAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('text') email: string;
  @Column('text') ip: string;
  @Column('boolean') success: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
