
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'crmctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'crmctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'crmctl' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database, name the organisation and make the first admin')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, show, list, change, disable and delete people')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Create, change, assign and delete roles')
            [CompletionResult]::new('permission', 'permission', [CompletionResultType]::ParameterValue, 'The permission catalogue')
            [CompletionResult]::new('department', 'department', [CompletionResultType]::ParameterValue, 'Departments in use')
            [CompletionResult]::new('approval', 'approval', [CompletionResultType]::ParameterValue, 'Approve or reject role assignments that need a second pair of eyes')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens for scripts and delegated administrators')
            [CompletionResult]::new('form', 'form', [CompletionResultType]::ParameterValue, 'Web forms that send sign-ups to `crmctl serve` for approval')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite new people: one-time codes to set a first password')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Reset a user''s password: a one-time link (default) or a new password')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change or set one''s own password')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'TOTP second factor')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Check logins, end lockouts')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change settings')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read and verify the tamper-evident audit log')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the database to FILE (online; mode 0600)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the database with a backup (checked first); asks unless --yes')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Copy a whole database between SQLite and PostgreSQL')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Health check: integrity, audit chain, permissions, WAL (exit 1 with problems)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve SCIM 2.0, the JSON API and form sign-ups over HTTP')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff) covering every command')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;init' {
            [CompletionResult]::new('--org', '--org', [CompletionResultType]::ParameterName, 'Organisation name (setting org.name)')
            [CompletionResult]::new('--seat-limit', '--seat-limit', [CompletionResultType]::ParameterName, 'Maximum number of active + invited users (setting seat_limit)')
            [CompletionResult]::new('--admin', '--admin', [CompletionResultType]::ParameterName, 'Also create this first administrator (role admin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The admin''s display name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The admin''s email')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the admin''s password from the first line of stdin')
            [CompletionResult]::new('--random-password', '--random-password', [CompletionResultType]::ParameterName, 'Generate the admin''s password, print it once, require a change at first login')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'A database that already holds an organisation is success with nothing changed, not exit 4 (for provisioning scripts)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user (with a password, a generated one, or as invited); no arguments on a terminal: a form')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users (all matching, no default limit; deleted ones only on request)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s fields (an empty value clears an optional field)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a user, or every active user idle for N days: they can no longer log in')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled or locked user again')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Soft-delete a user (restorable); asks to confirm unless --yes')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a soft-deleted user to the status they had')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Does USER hold PERMISSION? Exit 0 yes (names the role), 1 no')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the employee list as HR has it (CSV, xlsx/xls/ods or a JSON export; Chinese or English headers)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export users as CSV (default) or JSON; formula-like cells are neutralised')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Erase a user''s personal data for good (the audit log keeps the id only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;user;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name, any script (张三) [required]')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address (unique, ignoring case) [required]')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone; without + it is read in phone.default_region (CN): 13812345678')
            [CompletionResult]::new('--employee-id', '--employee-id', [CompletionResultType]::ParameterName, 'Employee ID (工号), unique')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department path, such as 销售部/华东区')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Job title')
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'The user''s manager (USER)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Give this role (repeatable); default: setting default_role, else none')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Last day the account may log in (YYYY-MM-DD, UTC)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--random-password', '--random-password', [CompletionResultType]::ParameterName, 'Generate a password, print it once, require a change at first login')
            [CompletionResult]::new('--invite', '--invite', [CompletionResultType]::ParameterName, 'Create the user as invited, with an invitation code (printed once)')
            [CompletionResult]::new('--send', '--send', [CompletionResultType]::ParameterName, 'Mail the invitation (with --invite)')
            [CompletionResult]::new('--must-change-password', '--must-change-password', [CompletionResultType]::ParameterName, 'Require a password change at first login')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'If the username exists already, change nothing and exit 0')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;user;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;user;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only users with this status now, or all (default: every user but deleted ones)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Holding this role')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'In this department or below it (销售部 covers 销售部/华东区)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Text found in username, name, email, phone or employee ID')
            [CompletionResult]::new('--inactive-days', '--inactive-days', [CompletionResultType]::ParameterName, 'No login for at least N days (never logged in: counted from creation)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N users')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;user;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New display name')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'New phone ('''' clears)')
            [CompletionResult]::new('--employee-id', '--employee-id', [CompletionResultType]::ParameterName, 'New employee ID ('''' clears)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'New department path ('''' clears)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'New title ('''' clears)')
            [CompletionResult]::new('--manager', '--manager', [CompletionResultType]::ParameterName, 'New manager, a USER ('''' clears)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'New last day (YYYY-MM-DD), or never')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'New login name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;user;disable' {
            [CompletionResult]::new('--inactive-days', '--inactive-days', [CompletionResultType]::ParameterName, 'Instead of USER: every active user with no login in the last N days (never logged in: counted from creation)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept with the user and in the audit log; with --inactive-days the default is "no login for N days")')
            [CompletionResult]::new('--transfer-to', '--transfer-to', [CompletionResultType]::ParameterName, 'Who takes over the leaver''s customers')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'With --inactive-days: list who would be disabled, change nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;user;enable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;user;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;user;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;user;can' {
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Ask about this department (covers sub-departments)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;user;import' {
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'Rows whose username, email or employee ID exists: error, skip or update')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Map a column: ''HEADER=field'' (fields: username, name, email, phone, employee_id, department, title, manager, roles, expires, status, password, password_hash)')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Workbooks: the sheet to read (default: the first)')
            [CompletionResult]::new('--header-line', '--header-line', [CompletionResultType]::ParameterName, 'The header''s line (default: the first of the first 10 lines that names a name or email column)')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The text encoding of a CSV file')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The separator of a CSV file ('','' and '';'' work too)')
            [CompletionResult]::new('--credentials-out', '--credentials-out', [CompletionResultType]::ParameterName, 'Where generated passwords go: a CSV (username,password), mode 0600')
            [CompletionResult]::new('--default-role', '--default-role', [CompletionResultType]::ParameterName, 'Role for new users whose row lists no roles')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write the rejected rows, as given, with `line` and `error` columns (UTF-8 with BOM)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and show what would happen; write nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'Write nothing if any row is rejected')
            [CompletionResult]::new('--sync-roles', '--sync-roles', [CompletionResultType]::ParameterName, 'With --on-conflict update: also remove the roles a user holds that the row does not list')
            [CompletionResult]::new('--invite', '--invite', [CompletionResultType]::ParameterName, 'Create an invitation for each new user')
            [CompletionResult]::new('--send', '--send', [CompletionResultType]::ParameterName, 'Mail the invitations (with --invite)')
            [CompletionResult]::new('--random-password', '--random-password', [CompletionResultType]::ParameterName, 'Generate a password for each new user (needs --credentials-out)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;user;export' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (mode 0600, UTF-8 with BOM for Excel) instead of stdout')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only users with this status, or all (default: every user but deleted ones)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--include-hashes', '--include-hashes', [CompletionResultType]::ParameterName, 'Add each user''s password hash (superuser only; audited), for a move to another server')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;user;purge' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user (with a password, a generated one, or as invited); no arguments on a terminal: a form')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users (all matching, no default limit; deleted ones only on request)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s fields (an empty value clears an optional field)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a user, or every active user idle for N days: they can no longer log in')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled or locked user again')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Soft-delete a user (restorable); asks to confirm unless --yes')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a soft-deleted user to the status they had')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Does USER hold PERMISSION? Exit 0 yes (names the role), 1 no')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the employee list as HR has it (CSV, xlsx/xls/ods or a JSON export; Chinese or English headers)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export users as CSV (default) or JSON; formula-like cells are neutralised')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Erase a user''s personal data for good (the audit log keeps the id only)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;user;help;add' {
            break
        }
        'crmctl;user;help;show' {
            break
        }
        'crmctl;user;help;list' {
            break
        }
        'crmctl;user;help;update' {
            break
        }
        'crmctl;user;help;disable' {
            break
        }
        'crmctl;user;help;enable' {
            break
        }
        'crmctl;user;help;delete' {
            break
        }
        'crmctl;user;help;restore' {
            break
        }
        'crmctl;user;help;can' {
            break
        }
        'crmctl;user;help;import' {
            break
        }
        'crmctl;user;help;export' {
            break
        }
        'crmctl;user;help;purge' {
            break
        }
        'crmctl;user;help;help' {
            break
        }
        'crmctl;role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every role with its permissions and how often it is assigned')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One role')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a role''s permissions, description or approval rule')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role (refused while assigned, unless --force)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give USER a role, optionally for one department and until a date')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take a role away from USER (a role not held is a no-op)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;role;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;role;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;role;create' {
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'A permission from `crmctl permission list` (repeatable)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the role is for')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--requires-approval', '--requires-approval', [CompletionResultType]::ParameterName, 'Assigning this role needs approval by a second administrator')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;role;update' {
            [CompletionResult]::new('--add-permission', '--add-permission', [CompletionResultType]::ParameterName, 'Add this permission (repeatable)')
            [CompletionResult]::new('--remove-permission', '--remove-permission', [CompletionResultType]::ParameterName, 'Remove this permission (repeatable)')
            [CompletionResult]::new('--requires-approval', '--requires-approval', [CompletionResultType]::ParameterName, 'Whether assigning the role needs approval')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;role;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Also remove every assignment of the role')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;role;assign' {
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Only in this department and below it')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'Last day the assignment grants anything (YYYY-MM-DD)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;role;unassign' {
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'The department the assignment is scoped to')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;role;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every role with its permissions and how often it is assigned')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One role')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a role''s permissions, description or approval rule')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role (refused while assigned, unless --force)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give USER a role, optionally for one department and until a date')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take a role away from USER (a role not held is a no-op)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;role;help;list' {
            break
        }
        'crmctl;role;help;show' {
            break
        }
        'crmctl;role;help;create' {
            break
        }
        'crmctl;role;help;update' {
            break
        }
        'crmctl;role;help;delete' {
            break
        }
        'crmctl;role;help;assign' {
            break
        }
        'crmctl;role;help;unassign' {
            break
        }
        'crmctl;role;help;help' {
            break
        }
        'crmctl;permission' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The fixed permission catalogue')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;permission;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;permission;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The fixed permission catalogue')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;permission;help;list' {
            break
        }
        'crmctl;permission;help;help' {
            break
        }
        'crmctl;department' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Departments in use, with user counts (direct, and including sub-departments)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;department;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;department;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Departments in use, with user counts (direct, and including sub-departments)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;department;help;list' {
            break
        }
        'crmctl;department;help;help' {
            break
        }
        'crmctl;approval' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Approval requests')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve request N: the role is assigned now (not by the requester); a sign-up''s user is created, invited')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject request N (a sign-up''s personal data is erased)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;approval;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only requests in this state (default: all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;approval;approve' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--send', '--send', [CompletionResultType]::ParameterName, 'A sign-up''s invitation is mailed (needs invite.base_url and mail.*)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;approval;reject' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;approval;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Approval requests')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve request N: the role is assigned now (not by the requester); a sign-up''s user is created, invited')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject request N (a sign-up''s personal data is erased)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;approval;help;list' {
            break
        }
        'crmctl;approval;help;approve' {
            break
        }
        'crmctl;approval;help;reject' {
            break
        }
        'crmctl;approval;help;help' {
            break
        }
        'crmctl;token' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API token acting as USER; the token is printed once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tokens (never the secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: it stops working at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;token;create' {
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Lifetime: 90s, 15m, 72h, 7d (default: no expiry)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the token is for')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;token;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;token;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API token acting as USER; the token is printed once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tokens (never the secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: it stops working at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;token;help;create' {
            break
        }
        'crmctl;token;help;list' {
            break
        }
        'crmctl;token;help;revoke' {
            break
        }
        'crmctl;token;help;help' {
            break
        }
        'crmctl;form' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a web form that posts sign-ups to `crmctl serve` at /forms/v1/NAME')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Web forms (never their secrets)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a form: its address stops accepting sign-ups at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;form;add' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'How the sender proves itself: typeform, hmac-sha256 (X-Signature), feishu, jiandaoyun, or token (a secret in the URL: weaker, for tools that cannot sign)')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Map a question: ''FIELD=field'' (fields: username, name, email, phone, employee_id, department, title); 姓名, 邮箱, 手机号码, 部门 ... map themselves')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department of the people it signs up (an answer may name one under it)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role they get when a sign-up is approved (default: the default_role setting)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--secret-stdin', '--secret-stdin', [CompletionResultType]::ParameterName, 'Read the secret from the first line of stdin (else one is generated and shown once)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;form;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;form;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;form;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a web form that posts sign-ups to `crmctl serve` at /forms/v1/NAME')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Web forms (never their secrets)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a form: its address stops accepting sign-ups at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;form;help;add' {
            break
        }
        'crmctl;form;help;list' {
            break
        }
        'crmctl;form;help;remove' {
            break
        }
        'crmctl;form;help;help' {
            break
        }
        'crmctl;invite' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite a person: a new email creates the user as invited; prints a one-time code')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Invitations')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'A new code for an invitation; the old one stops working')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an invitation: its code stops working')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation: set the first password; the user becomes active')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;invite;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Display name of a new person')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role of a new person')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department of a new person')
            [CompletionResult]::new('--expires-in', '--expires-in', [CompletionResultType]::ParameterName, 'Lifetime: 90s, 15m, 72h, 7d (default: invite.ttl_hours)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--send', '--send', [CompletionResultType]::ParameterName, 'Mail the invitation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;invite;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only invitations in this state (default: all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;invite;resend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--send', '--send', [CompletionResultType]::ParameterName, 'Mail the new code')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;invite;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;invite;accept' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--code-stdin', '--code-stdin', [CompletionResultType]::ParameterName, 'Read the code from the first line of stdin')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin: the first line, or the second with --code-stdin (else: prompt twice)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;invite;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite a person: a new email creates the user as invited; prints a one-time code')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Invitations')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'A new code for an invitation; the old one stops working')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an invitation: its code stops working')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation: set the first password; the user becomes active')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;invite;help;create' {
            break
        }
        'crmctl;invite;help;list' {
            break
        }
        'crmctl;invite;help;resend' {
            break
        }
        'crmctl;invite;help;revoke' {
            break
        }
        'crmctl;invite;help;accept' {
            break
        }
        'crmctl;invite;help;help' {
            break
        }
        'crmctl;reset-password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--random-password', '--random-password', [CompletionResultType]::ParameterName, 'Set a generated password now, print it once (must be changed at first login)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Set the password read from the first line of stdin')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Issue a one-time reset link (the default)')
            [CompletionResult]::new('--send', '--send', [CompletionResultType]::ParameterName, 'Mail the link')
            [CompletionResult]::new('--must-change-password', '--must-change-password', [CompletionResultType]::ParameterName, 'Require a password change at next login')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'The user''s own change: asks for the old password, then the new one twice')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Redeem a reset code from `reset-password --link`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;password;change' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the old (line 1) and new (line 2) passwords from stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;password;set' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The reset code (better: leave it out and type it when asked)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--code-stdin', '--code-stdin', [CompletionResultType]::ParameterName, 'Read the code from the first line of stdin')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from stdin: the first line, or the second with --code-stdin (else: prompt twice)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;password;help' {
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'The user''s own change: asks for the old password, then the new one twice')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Redeem a reset code from `reset-password --link`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;password;help;change' {
            break
        }
        'crmctl;password;help;set' {
            break
        }
        'crmctl;password;help;help' {
            break
        }
        'crmctl;mfa' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Enrol a TOTP authenticator: prints an otpauth:// URI and a QR code, then confirms a code')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Remove a user''s second factor (a lost phone)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;mfa;enroll' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'Confirm the pending enrolment with this code from the app')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;mfa;reset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;mfa;help' {
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Enrol a TOTP authenticator: prints an otpauth:// URI and a QR code, then confirms a code')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Remove a user''s second factor (a lost phone)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;mfa;help;enroll' {
            break
        }
        'crmctl;mfa;help;reset' {
            break
        }
        'crmctl;mfa;help;help' {
            break
        }
        'crmctl;auth' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password: exit 0 ok, 1 wrong username or password, 6 account may not log in')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'End a lockout at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;auth;verify' {
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'The current code of an MFA-enrolled user''s authenticator app')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin (else: prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;auth;unlock' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;auth;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password: exit 0 ok, 1 wrong username or password, 6 account may not log in')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'End a lockout at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;auth;help;verify' {
            break
        }
        'crmctl;auth;help;unlock' {
            break
        }
        'crmctl;auth;help;help' {
            break
        }
        'crmctl;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting with its value and where it comes from')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (validated: unknown keys and bad values are exit 5)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Put a setting back to its default (seat_limit: no limit)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the database path in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;config;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;config;get' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;config;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;config;unset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;config;path' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting with its value and where it comes from')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (validated: unknown keys and bad values are exit 5)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Put a setting back to its default (seat_limit: no limit)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the database path in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;config;help;show' {
            break
        }
        'crmctl;config;help;get' {
            break
        }
        'crmctl;config;help;set' {
            break
        }
        'crmctl;config;help;unset' {
            break
        }
        'crmctl;config;help;path' {
            break
        }
        'crmctl;config;help;help' {
            break
        }
        'crmctl;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Audit entries, oldest first (with --limit: the latest N)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain: exit 0 intact, 1 with the first broken entry named')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'The latest entry''s id and hash: note them outside the database, and `audit verify --expect ID:HASH` later finds even a rewritten chain')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;audit;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Entries about this user (USER, or #ID for a purged one)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Entries by this actor, such as os:root or user:lisi')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'This action (user.add) or family (user)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'From this date (YYYY-MM-DD) or time (RFC 3339)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Up to and including this date, or before this time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the latest N entries')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;audit;verify' {
            [CompletionResult]::new('--expect', '--expect', [CompletionResultType]::ParameterName, 'Also check that entry ID still has hash HASH, as `audit head` or `backup` printed them (repeatable); exit 1 naming it if not')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;audit;head' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Audit entries, oldest first (with --limit: the latest N)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain: exit 0 intact, 1 with the first broken entry named')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'The latest entry''s id and hash: note them outside the database, and `audit verify --expect ID:HASH` later finds even a rewritten chain')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;audit;help;list' {
            break
        }
        'crmctl;audit;help;verify' {
            break
        }
        'crmctl;audit;help;head' {
            break
        }
        'crmctl;audit;help;help' {
            break
        }
        'crmctl;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;restore' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;store' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole database between stores: SQLite to PostgreSQL, or back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;store;copy' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The database to copy (left as it is)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The database to copy into: a new SQLite file, or an empty PostgreSQL database')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;store;help' {
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole database between stores: SQLite to PostgreSQL, or back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;store;help;copy' {
            break
        }
        'crmctl;store;help;help' {
            break
        }
        'crmctl;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address and port to listen on (port 0 picks a free one)')
            [CompletionResult]::new('--port-file', '--port-file', [CompletionResultType]::ParameterName, 'Write the base URL (http://ADDR:PORT) to FILE once listening')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'Serve HTTPS with this certificate chain (PEM)')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The private key of --tls-cert (PEM)')
            [CompletionResult]::new('--request-timeout', '--request-timeout', [CompletionResultType]::ParameterName, 'Seconds a request may take, reading its body included (then 408)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, json or csv for scripts')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr, and no table echo of a change')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (delete, purge)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also: NO_COLOR set to anything)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmctl;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database, name the organisation and make the first admin')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, show, list, change, disable and delete people')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Create, change, assign and delete roles')
            [CompletionResult]::new('permission', 'permission', [CompletionResultType]::ParameterValue, 'The permission catalogue')
            [CompletionResult]::new('department', 'department', [CompletionResultType]::ParameterValue, 'Departments in use')
            [CompletionResult]::new('approval', 'approval', [CompletionResultType]::ParameterValue, 'Approve or reject role assignments that need a second pair of eyes')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens for scripts and delegated administrators')
            [CompletionResult]::new('form', 'form', [CompletionResultType]::ParameterValue, 'Web forms that send sign-ups to `crmctl serve` for approval')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Invite new people: one-time codes to set a first password')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Reset a user''s password: a one-time link (default) or a new password')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change or set one''s own password')
            [CompletionResult]::new('mfa', 'mfa', [CompletionResultType]::ParameterValue, 'TOTP second factor')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Check logins, end lockouts')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change settings')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read and verify the tamper-evident audit log')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the database to FILE (online; mode 0600)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the database with a backup (checked first); asks unless --yes')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Copy a whole database between SQLite and PostgreSQL')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Health check: integrity, audit chain, permissions, WAL (exit 1 with problems)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve SCIM 2.0, the JSON API and form sign-ups over HTTP')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff) covering every command')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmctl;help;init' {
            break
        }
        'crmctl;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user (with a password, a generated one, or as invited); no arguments on a terminal: a form')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users (all matching, no default limit; deleted ones only on request)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s fields (an empty value clears an optional field)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Disable a user, or every active user idle for N days: they can no longer log in')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enable a disabled or locked user again')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Soft-delete a user (restorable); asks to confirm unless --yes')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Restore a soft-deleted user to the status they had')
            [CompletionResult]::new('can', 'can', [CompletionResultType]::ParameterValue, 'Does USER hold PERMISSION? Exit 0 yes (names the role), 1 no')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the employee list as HR has it (CSV, xlsx/xls/ods or a JSON export; Chinese or English headers)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export users as CSV (default) or JSON; formula-like cells are neutralised')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Erase a user''s personal data for good (the audit log keeps the id only)')
            break
        }
        'crmctl;help;user;add' {
            break
        }
        'crmctl;help;user;show' {
            break
        }
        'crmctl;help;user;list' {
            break
        }
        'crmctl;help;user;update' {
            break
        }
        'crmctl;help;user;disable' {
            break
        }
        'crmctl;help;user;enable' {
            break
        }
        'crmctl;help;user;delete' {
            break
        }
        'crmctl;help;user;restore' {
            break
        }
        'crmctl;help;user;can' {
            break
        }
        'crmctl;help;user;import' {
            break
        }
        'crmctl;help;user;export' {
            break
        }
        'crmctl;help;user;purge' {
            break
        }
        'crmctl;help;role' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every role with its permissions and how often it is assigned')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One role')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a custom role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a role''s permissions, description or approval rule')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a custom role (refused while assigned, unless --force)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give USER a role, optionally for one department and until a date')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take a role away from USER (a role not held is a no-op)')
            break
        }
        'crmctl;help;role;list' {
            break
        }
        'crmctl;help;role;show' {
            break
        }
        'crmctl;help;role;create' {
            break
        }
        'crmctl;help;role;update' {
            break
        }
        'crmctl;help;role;delete' {
            break
        }
        'crmctl;help;role;assign' {
            break
        }
        'crmctl;help;role;unassign' {
            break
        }
        'crmctl;help;permission' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The fixed permission catalogue')
            break
        }
        'crmctl;help;permission;list' {
            break
        }
        'crmctl;help;department' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Departments in use, with user counts (direct, and including sub-departments)')
            break
        }
        'crmctl;help;department;list' {
            break
        }
        'crmctl;help;approval' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Approval requests')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve request N: the role is assigned now (not by the requester); a sign-up''s user is created, invited')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject request N (a sign-up''s personal data is erased)')
            break
        }
        'crmctl;help;approval;list' {
            break
        }
        'crmctl;help;approval;approve' {
            break
        }
        'crmctl;help;approval;reject' {
            break
        }
        'crmctl;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create an API token acting as USER; the token is printed once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Tokens (never the secrets)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a token: it stops working at once')
            break
        }
        'crmctl;help;token;create' {
            break
        }
        'crmctl;help;token;list' {
            break
        }
        'crmctl;help;token;revoke' {
            break
        }
        'crmctl;help;form' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a web form that posts sign-ups to `crmctl serve` at /forms/v1/NAME')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Web forms (never their secrets)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a form: its address stops accepting sign-ups at once')
            break
        }
        'crmctl;help;form;add' {
            break
        }
        'crmctl;help;form;list' {
            break
        }
        'crmctl;help;form;remove' {
            break
        }
        'crmctl;help;invite' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Invite a person: a new email creates the user as invited; prints a one-time code')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Invitations')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'A new code for an invitation; the old one stops working')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an invitation: its code stops working')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an invitation: set the first password; the user becomes active')
            break
        }
        'crmctl;help;invite;create' {
            break
        }
        'crmctl;help;invite;list' {
            break
        }
        'crmctl;help;invite;resend' {
            break
        }
        'crmctl;help;invite;revoke' {
            break
        }
        'crmctl;help;invite;accept' {
            break
        }
        'crmctl;help;reset-password' {
            break
        }
        'crmctl;help;password' {
            [CompletionResult]::new('change', 'change', [CompletionResultType]::ParameterValue, 'The user''s own change: asks for the old password, then the new one twice')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Redeem a reset code from `reset-password --link`')
            break
        }
        'crmctl;help;password;change' {
            break
        }
        'crmctl;help;password;set' {
            break
        }
        'crmctl;help;mfa' {
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Enrol a TOTP authenticator: prints an otpauth:// URI and a QR code, then confirms a code')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Remove a user''s second factor (a lost phone)')
            break
        }
        'crmctl;help;mfa;enroll' {
            break
        }
        'crmctl;help;mfa;reset' {
            break
        }
        'crmctl;help;auth' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password: exit 0 ok, 1 wrong username or password, 6 account may not log in')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'End a lockout at once')
            break
        }
        'crmctl;help;auth;verify' {
            break
        }
        'crmctl;help;auth;unlock' {
            break
        }
        'crmctl;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Every setting with its value and where it comes from')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'One setting''s value')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting (validated: unknown keys and bad values are exit 5)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Put a setting back to its default (seat_limit: no limit)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the database path in use')
            break
        }
        'crmctl;help;config;show' {
            break
        }
        'crmctl;help;config;get' {
            break
        }
        'crmctl;help;config;set' {
            break
        }
        'crmctl;help;config;unset' {
            break
        }
        'crmctl;help;config;path' {
            break
        }
        'crmctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Audit entries, oldest first (with --limit: the latest N)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain: exit 0 intact, 1 with the first broken entry named')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'The latest entry''s id and hash: note them outside the database, and `audit verify --expect ID:HASH` later finds even a rewritten chain')
            break
        }
        'crmctl;help;audit;list' {
            break
        }
        'crmctl;help;audit;verify' {
            break
        }
        'crmctl;help;audit;head' {
            break
        }
        'crmctl;help;backup' {
            break
        }
        'crmctl;help;restore' {
            break
        }
        'crmctl;help;store' {
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole database between stores: SQLite to PostgreSQL, or back')
            break
        }
        'crmctl;help;store;copy' {
            break
        }
        'crmctl;help;check' {
            break
        }
        'crmctl;help;serve' {
            break
        }
        'crmctl;help;completions' {
            break
        }
        'crmctl;help;man' {
            break
        }
        'crmctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
