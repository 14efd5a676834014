-- Issue 14 (T2): a user's access can change — disabled, another role, a new password — and every session and token
-- from before the change ends at once. The status column (ACTIVE/DISABLED) exists since V2; this is when access
-- last changed, against which a console session's sign-in time is compared.
ALTER TABLE app_user ADD COLUMN access_changed_at timestamptz;
