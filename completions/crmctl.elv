
use builtin;
use str;

set edit:completion:arg-completer[crmctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'crmctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'crmctl'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database, name the organisation and make the first admin'
            cand user 'Add, show, list, change, disable and delete people'
            cand role 'Create, change, assign and delete roles'
            cand permission 'The permission catalogue'
            cand department 'Departments in use'
            cand approval 'Approve or reject role assignments that need a second pair of eyes'
            cand token 'API tokens for scripts and delegated administrators'
            cand form 'Web forms that send sign-ups to `crmctl serve` for approval'
            cand invite 'Invite new people: one-time codes to set a first password'
            cand reset-password 'Reset a user''s password: a one-time link (default) or a new password'
            cand password 'Change or set one''s own password'
            cand mfa 'TOTP second factor'
            cand auth 'Check logins, end lockouts'
            cand config 'Read and change settings'
            cand audit 'Read and verify the tamper-evident audit log'
            cand backup 'Write a consistent copy of the database to FILE (online; mode 0600)'
            cand restore 'Replace the database with a backup (checked first); asks unless --yes'
            cand store 'Copy a whole database between SQLite and PostgreSQL'
            cand check 'Health check: integrity, audit chain, permissions, WAL (exit 1 with problems)'
            cand serve 'Serve SCIM 2.0, the JSON API and form sign-ups over HTTP'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff) covering every command'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;init'= {
            cand --org 'Organisation name (setting org.name)'
            cand --seat-limit 'Maximum number of active + invited users (setting seat_limit)'
            cand --admin 'Also create this first administrator (role admin)'
            cand --name 'The admin''s display name'
            cand --email 'The admin''s email'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --password-stdin 'Read the admin''s password from the first line of stdin'
            cand --random-password 'Generate the admin''s password, print it once, require a change at first login'
            cand --if-not-exists 'A database that already holds an organisation is success with nothing changed, not exit 4 (for provisioning scripts)'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;user'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user (with a password, a generated one, or as invited); no arguments on a terminal: a form'
            cand show 'Show one user'
            cand list 'List users (all matching, no default limit; deleted ones only on request)'
            cand update 'Change a user''s fields (an empty value clears an optional field)'
            cand disable 'Disable a user, or every active user idle for N days: they can no longer log in'
            cand enable 'Enable a disabled or locked user again'
            cand delete 'Soft-delete a user (restorable); asks to confirm unless --yes'
            cand restore 'Restore a soft-deleted user to the status they had'
            cand can 'Does USER hold PERMISSION? Exit 0 yes (names the role), 1 no'
            cand import 'Import the employee list as HR has it (CSV, xlsx/xls/ods or a JSON export; Chinese or English headers)'
            cand export 'Export users as CSV (default) or JSON; formula-like cells are neutralised'
            cand purge 'Erase a user''s personal data for good (the audit log keeps the id only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;user;add'= {
            cand --name 'Display name, any script (张三) [required]'
            cand --email 'Email address (unique, ignoring case) [required]'
            cand --phone 'Phone; without + it is read in phone.default_region (CN): 13812345678'
            cand --employee-id 'Employee ID (工号), unique'
            cand --department 'Department path, such as 销售部/华东区'
            cand --title 'Job title'
            cand --manager 'The user''s manager (USER)'
            cand --role 'Give this role (repeatable); default: setting default_role, else none'
            cand --expires 'Last day the account may log in (YYYY-MM-DD, UTC)'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --random-password 'Generate a password, print it once, require a change at first login'
            cand --invite 'Create the user as invited, with an invitation code (printed once)'
            cand --send 'Mail the invitation (with --invite)'
            cand --must-change-password 'Require a password change at first login'
            cand --if-not-exists 'If the username exists already, change nothing and exit 0'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;user;show'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;user;list'= {
            cand --status 'Only users with this status now, or all (default: every user but deleted ones)'
            cand --role 'Holding this role'
            cand --department 'In this department or below it (销售部 covers 销售部/华东区)'
            cand --search 'Text found in username, name, email, phone or employee ID'
            cand --inactive-days 'No login for at least N days (never logged in: counted from creation)'
            cand --limit 'At most N users'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;user;update'= {
            cand --name 'New display name'
            cand --email 'New email'
            cand --phone 'New phone ('''' clears)'
            cand --employee-id 'New employee ID ('''' clears)'
            cand --department 'New department path ('''' clears)'
            cand --title 'New title ('''' clears)'
            cand --manager 'New manager, a USER ('''' clears)'
            cand --expires 'New last day (YYYY-MM-DD), or never'
            cand --username 'New login name'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;user;disable'= {
            cand --inactive-days 'Instead of USER: every active user with no login in the last N days (never logged in: counted from creation)'
            cand --reason 'Why (kept with the user and in the audit log; with --inactive-days the default is "no login for N days")'
            cand --transfer-to 'Who takes over the leaver''s customers'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --dry-run 'With --inactive-days: list who would be disabled, change nothing'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;user;enable'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;user;delete'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;user;restore'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;user;can'= {
            cand --department 'Ask about this department (covers sub-departments)'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;user;import'= {
            cand --on-conflict 'Rows whose username, email or employee ID exists: error, skip or update'
            cand --map 'Map a column: ''HEADER=field'' (fields: username, name, email, phone, employee_id, department, title, manager, roles, expires, status, password, password_hash)'
            cand --sheet 'Workbooks: the sheet to read (default: the first)'
            cand --header-line 'The header''s line (default: the first of the first 10 lines that names a name or email column)'
            cand --encoding 'The text encoding of a CSV file'
            cand --delimiter 'The separator of a CSV file ('','' and '';'' work too)'
            cand --credentials-out 'Where generated passwords go: a CSV (username,password), mode 0600'
            cand --default-role 'Role for new users whose row lists no roles'
            cand --report 'Write the rejected rows, as given, with `line` and `error` columns (UTF-8 with BOM)'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --dry-run 'Validate and show what would happen; write nothing'
            cand --atomic 'Write nothing if any row is rejected'
            cand --sync-roles 'With --on-conflict update: also remove the roles a user holds that the row does not list'
            cand --invite 'Create an invitation for each new user'
            cand --send 'Mail the invitations (with --invite)'
            cand --random-password 'Generate a password for each new user (needs --credentials-out)'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;user;export'= {
            cand --output 'Write to FILE (mode 0600, UTF-8 with BOM for Excel) instead of stdout'
            cand --status 'Only users with this status, or all (default: every user but deleted ones)'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --include-hashes 'Add each user''s password hash (superuser only; audited), for a move to another server'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;user;purge'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;user;help'= {
            cand add 'Add a user (with a password, a generated one, or as invited); no arguments on a terminal: a form'
            cand show 'Show one user'
            cand list 'List users (all matching, no default limit; deleted ones only on request)'
            cand update 'Change a user''s fields (an empty value clears an optional field)'
            cand disable 'Disable a user, or every active user idle for N days: they can no longer log in'
            cand enable 'Enable a disabled or locked user again'
            cand delete 'Soft-delete a user (restorable); asks to confirm unless --yes'
            cand restore 'Restore a soft-deleted user to the status they had'
            cand can 'Does USER hold PERMISSION? Exit 0 yes (names the role), 1 no'
            cand import 'Import the employee list as HR has it (CSV, xlsx/xls/ods or a JSON export; Chinese or English headers)'
            cand export 'Export users as CSV (default) or JSON; formula-like cells are neutralised'
            cand purge 'Erase a user''s personal data for good (the audit log keeps the id only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;user;help;add'= {
        }
        &'crmctl;user;help;show'= {
        }
        &'crmctl;user;help;list'= {
        }
        &'crmctl;user;help;update'= {
        }
        &'crmctl;user;help;disable'= {
        }
        &'crmctl;user;help;enable'= {
        }
        &'crmctl;user;help;delete'= {
        }
        &'crmctl;user;help;restore'= {
        }
        &'crmctl;user;help;can'= {
        }
        &'crmctl;user;help;import'= {
        }
        &'crmctl;user;help;export'= {
        }
        &'crmctl;user;help;purge'= {
        }
        &'crmctl;user;help;help'= {
        }
        &'crmctl;role'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Every role with its permissions and how often it is assigned'
            cand show 'One role'
            cand create 'Create a custom role'
            cand update 'Change a role''s permissions, description or approval rule'
            cand delete 'Delete a custom role (refused while assigned, unless --force)'
            cand assign 'Give USER a role, optionally for one department and until a date'
            cand unassign 'Take a role away from USER (a role not held is a no-op)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;role;list'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;role;show'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;role;create'= {
            cand --permission 'A permission from `crmctl permission list` (repeatable)'
            cand --description 'What the role is for'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --requires-approval 'Assigning this role needs approval by a second administrator'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;role;update'= {
            cand --add-permission 'Add this permission (repeatable)'
            cand --remove-permission 'Remove this permission (repeatable)'
            cand --requires-approval 'Whether assigning the role needs approval'
            cand --description 'New description'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;role;delete'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --force 'Also remove every assignment of the role'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;role;assign'= {
            cand --department 'Only in this department and below it'
            cand --expires 'Last day the assignment grants anything (YYYY-MM-DD)'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;role;unassign'= {
            cand --department 'The department the assignment is scoped to'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;role;help'= {
            cand list 'Every role with its permissions and how often it is assigned'
            cand show 'One role'
            cand create 'Create a custom role'
            cand update 'Change a role''s permissions, description or approval rule'
            cand delete 'Delete a custom role (refused while assigned, unless --force)'
            cand assign 'Give USER a role, optionally for one department and until a date'
            cand unassign 'Take a role away from USER (a role not held is a no-op)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;role;help;list'= {
        }
        &'crmctl;role;help;show'= {
        }
        &'crmctl;role;help;create'= {
        }
        &'crmctl;role;help;update'= {
        }
        &'crmctl;role;help;delete'= {
        }
        &'crmctl;role;help;assign'= {
        }
        &'crmctl;role;help;unassign'= {
        }
        &'crmctl;role;help;help'= {
        }
        &'crmctl;permission'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The fixed permission catalogue'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;permission;list'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;permission;help'= {
            cand list 'The fixed permission catalogue'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;permission;help;list'= {
        }
        &'crmctl;permission;help;help'= {
        }
        &'crmctl;department'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Departments in use, with user counts (direct, and including sub-departments)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;department;list'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;department;help'= {
            cand list 'Departments in use, with user counts (direct, and including sub-departments)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;department;help;list'= {
        }
        &'crmctl;department;help;help'= {
        }
        &'crmctl;approval'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Approval requests'
            cand approve 'Approve request N: the role is assigned now (not by the requester); a sign-up''s user is created, invited'
            cand reject 'Reject request N (a sign-up''s personal data is erased)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;approval;list'= {
            cand --status 'Only requests in this state (default: all)'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;approval;approve'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --send 'A sign-up''s invitation is mailed (needs invite.base_url and mail.*)'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;approval;reject'= {
            cand --reason 'Why'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;approval;help'= {
            cand list 'Approval requests'
            cand approve 'Approve request N: the role is assigned now (not by the requester); a sign-up''s user is created, invited'
            cand reject 'Reject request N (a sign-up''s personal data is erased)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;approval;help;list'= {
        }
        &'crmctl;approval;help;approve'= {
        }
        &'crmctl;approval;help;reject'= {
        }
        &'crmctl;approval;help;help'= {
        }
        &'crmctl;token'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create an API token acting as USER; the token is printed once'
            cand list 'Tokens (never the secrets)'
            cand revoke 'Revoke a token: it stops working at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;token;create'= {
            cand --expires-in 'Lifetime: 90s, 15m, 72h, 7d (default: no expiry)'
            cand --description 'What the token is for'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;token;list'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;token;revoke'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;token;help'= {
            cand create 'Create an API token acting as USER; the token is printed once'
            cand list 'Tokens (never the secrets)'
            cand revoke 'Revoke a token: it stops working at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;token;help;create'= {
        }
        &'crmctl;token;help;list'= {
        }
        &'crmctl;token;help;revoke'= {
        }
        &'crmctl;token;help;help'= {
        }
        &'crmctl;form'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a web form that posts sign-ups to `crmctl serve` at /forms/v1/NAME'
            cand list 'Web forms (never their secrets)'
            cand remove 'Remove a form: its address stops accepting sign-ups at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;form;add'= {
            cand --kind 'How the sender proves itself: typeform, hmac-sha256 (X-Signature), feishu, jiandaoyun, or token (a secret in the URL: weaker, for tools that cannot sign)'
            cand --map 'Map a question: ''FIELD=field'' (fields: username, name, email, phone, employee_id, department, title); 姓名, 邮箱, 手机号码, 部门 ... map themselves'
            cand --department 'Department of the people it signs up (an answer may name one under it)'
            cand --role 'Role they get when a sign-up is approved (default: the default_role setting)'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --secret-stdin 'Read the secret from the first line of stdin (else one is generated and shown once)'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;form;list'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;form;remove'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;form;help'= {
            cand add 'Add a web form that posts sign-ups to `crmctl serve` at /forms/v1/NAME'
            cand list 'Web forms (never their secrets)'
            cand remove 'Remove a form: its address stops accepting sign-ups at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;form;help;add'= {
        }
        &'crmctl;form;help;list'= {
        }
        &'crmctl;form;help;remove'= {
        }
        &'crmctl;form;help;help'= {
        }
        &'crmctl;invite'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Invite a person: a new email creates the user as invited; prints a one-time code'
            cand list 'Invitations'
            cand resend 'A new code for an invitation; the old one stops working'
            cand revoke 'Revoke an invitation: its code stops working'
            cand accept 'Accept an invitation: set the first password; the user becomes active'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;invite;create'= {
            cand --name 'Display name of a new person'
            cand --role 'Role of a new person'
            cand --department 'Department of a new person'
            cand --expires-in 'Lifetime: 90s, 15m, 72h, 7d (default: invite.ttl_hours)'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --send 'Mail the invitation'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;invite;list'= {
            cand --status 'Only invitations in this state (default: all)'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;invite;resend'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --send 'Mail the new code'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;invite;revoke'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;invite;accept'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --code-stdin 'Read the code from the first line of stdin'
            cand --password-stdin 'Read the password from stdin: the first line, or the second with --code-stdin (else: prompt twice)'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;invite;help'= {
            cand create 'Invite a person: a new email creates the user as invited; prints a one-time code'
            cand list 'Invitations'
            cand resend 'A new code for an invitation; the old one stops working'
            cand revoke 'Revoke an invitation: its code stops working'
            cand accept 'Accept an invitation: set the first password; the user becomes active'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;invite;help;create'= {
        }
        &'crmctl;invite;help;list'= {
        }
        &'crmctl;invite;help;resend'= {
        }
        &'crmctl;invite;help;revoke'= {
        }
        &'crmctl;invite;help;accept'= {
        }
        &'crmctl;invite;help;help'= {
        }
        &'crmctl;reset-password'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --random-password 'Set a generated password now, print it once (must be changed at first login)'
            cand --password-stdin 'Set the password read from the first line of stdin'
            cand --link 'Issue a one-time reset link (the default)'
            cand --send 'Mail the link'
            cand --must-change-password 'Require a password change at next login'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;password'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand change 'The user''s own change: asks for the old password, then the new one twice'
            cand set 'Redeem a reset code from `reset-password --link`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;password;change'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --password-stdin 'Read the old (line 1) and new (line 2) passwords from stdin'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;password;set'= {
            cand --code 'The reset code (better: leave it out and type it when asked)'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --code-stdin 'Read the code from the first line of stdin'
            cand --password-stdin 'Read the new password from stdin: the first line, or the second with --code-stdin (else: prompt twice)'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;password;help'= {
            cand change 'The user''s own change: asks for the old password, then the new one twice'
            cand set 'Redeem a reset code from `reset-password --link`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;password;help;change'= {
        }
        &'crmctl;password;help;set'= {
        }
        &'crmctl;password;help;help'= {
        }
        &'crmctl;mfa'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand enroll 'Enrol a TOTP authenticator: prints an otpauth:// URI and a QR code, then confirms a code'
            cand reset 'Remove a user''s second factor (a lost phone)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;mfa;enroll'= {
            cand --code 'Confirm the pending enrolment with this code from the app'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;mfa;reset'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;mfa;help'= {
            cand enroll 'Enrol a TOTP authenticator: prints an otpauth:// URI and a QR code, then confirms a code'
            cand reset 'Remove a user''s second factor (a lost phone)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;mfa;help;enroll'= {
        }
        &'crmctl;mfa;help;reset'= {
        }
        &'crmctl;mfa;help;help'= {
        }
        &'crmctl;auth'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand verify 'Check a password: exit 0 ok, 1 wrong username or password, 6 account may not log in'
            cand unlock 'End a lockout at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;auth;verify'= {
            cand --totp 'The current code of an MFA-enrolled user''s authenticator app'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand --password-stdin 'Read the password from the first line of stdin (else: prompt)'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;auth;unlock'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;auth;help'= {
            cand verify 'Check a password: exit 0 ok, 1 wrong username or password, 6 account may not log in'
            cand unlock 'End a lockout at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;auth;help;verify'= {
        }
        &'crmctl;auth;help;unlock'= {
        }
        &'crmctl;auth;help;help'= {
        }
        &'crmctl;config'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Every setting with its value and where it comes from'
            cand get 'One setting''s value'
            cand set 'Change a setting (validated: unknown keys and bad values are exit 5)'
            cand unset 'Put a setting back to its default (seat_limit: no limit)'
            cand path 'Print the database path in use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;config;show'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;config;get'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;config;set'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;config;unset'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;config;path'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;config;help'= {
            cand show 'Every setting with its value and where it comes from'
            cand get 'One setting''s value'
            cand set 'Change a setting (validated: unknown keys and bad values are exit 5)'
            cand unset 'Put a setting back to its default (seat_limit: no limit)'
            cand path 'Print the database path in use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;config;help;show'= {
        }
        &'crmctl;config;help;get'= {
        }
        &'crmctl;config;help;set'= {
        }
        &'crmctl;config;help;unset'= {
        }
        &'crmctl;config;help;path'= {
        }
        &'crmctl;config;help;help'= {
        }
        &'crmctl;audit'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Audit entries, oldest first (with --limit: the latest N)'
            cand verify 'Check the hash chain: exit 0 intact, 1 with the first broken entry named'
            cand head 'The latest entry''s id and hash: note them outside the database, and `audit verify --expect ID:HASH` later finds even a rewritten chain'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;audit;list'= {
            cand --user 'Entries about this user (USER, or #ID for a purged one)'
            cand --actor 'Entries by this actor, such as os:root or user:lisi'
            cand --action 'This action (user.add) or family (user)'
            cand --since 'From this date (YYYY-MM-DD) or time (RFC 3339)'
            cand --until 'Up to and including this date, or before this time'
            cand --limit 'Only the latest N entries'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;audit;verify'= {
            cand --expect 'Also check that entry ID still has hash HASH, as `audit head` or `backup` printed them (repeatable); exit 1 naming it if not'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;audit;head'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;audit;help'= {
            cand list 'Audit entries, oldest first (with --limit: the latest N)'
            cand verify 'Check the hash chain: exit 0 intact, 1 with the first broken entry named'
            cand head 'The latest entry''s id and hash: note them outside the database, and `audit verify --expect ID:HASH` later finds even a rewritten chain'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;audit;help;list'= {
        }
        &'crmctl;audit;help;verify'= {
        }
        &'crmctl;audit;help;head'= {
        }
        &'crmctl;audit;help;help'= {
        }
        &'crmctl;backup'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;restore'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;store'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand copy 'Copy a whole database between stores: SQLite to PostgreSQL, or back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;store;copy'= {
            cand --from 'The database to copy (left as it is)'
            cand --to 'The database to copy into: a new SQLite file, or an empty PostgreSQL database'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;store;help'= {
            cand copy 'Copy a whole database between stores: SQLite to PostgreSQL, or back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;store;help;copy'= {
        }
        &'crmctl;store;help;help'= {
        }
        &'crmctl;check'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;serve'= {
            cand --listen 'Address and port to listen on (port 0 picks a free one)'
            cand --port-file 'Write the base URL (http://ADDR:PORT) to FILE once listening'
            cand --tls-cert 'Serve HTTPS with this certificate chain (PEM)'
            cand --tls-key 'The private key of --tls-cert (PEM)'
            cand --request-timeout 'Seconds a request may take, reading its body included (then 408)'
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;completions'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;man'= {
            cand --db 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --token-file 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmctl;help'= {
            cand init 'Create the database, name the organisation and make the first admin'
            cand user 'Add, show, list, change, disable and delete people'
            cand role 'Create, change, assign and delete roles'
            cand permission 'The permission catalogue'
            cand department 'Departments in use'
            cand approval 'Approve or reject role assignments that need a second pair of eyes'
            cand token 'API tokens for scripts and delegated administrators'
            cand form 'Web forms that send sign-ups to `crmctl serve` for approval'
            cand invite 'Invite new people: one-time codes to set a first password'
            cand reset-password 'Reset a user''s password: a one-time link (default) or a new password'
            cand password 'Change or set one''s own password'
            cand mfa 'TOTP second factor'
            cand auth 'Check logins, end lockouts'
            cand config 'Read and change settings'
            cand audit 'Read and verify the tamper-evident audit log'
            cand backup 'Write a consistent copy of the database to FILE (online; mode 0600)'
            cand restore 'Replace the database with a backup (checked first); asks unless --yes'
            cand store 'Copy a whole database between SQLite and PostgreSQL'
            cand check 'Health check: integrity, audit chain, permissions, WAL (exit 1 with problems)'
            cand serve 'Serve SCIM 2.0, the JSON API and form sign-ups over HTTP'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff) covering every command'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;help;init'= {
        }
        &'crmctl;help;user'= {
            cand add 'Add a user (with a password, a generated one, or as invited); no arguments on a terminal: a form'
            cand show 'Show one user'
            cand list 'List users (all matching, no default limit; deleted ones only on request)'
            cand update 'Change a user''s fields (an empty value clears an optional field)'
            cand disable 'Disable a user, or every active user idle for N days: they can no longer log in'
            cand enable 'Enable a disabled or locked user again'
            cand delete 'Soft-delete a user (restorable); asks to confirm unless --yes'
            cand restore 'Restore a soft-deleted user to the status they had'
            cand can 'Does USER hold PERMISSION? Exit 0 yes (names the role), 1 no'
            cand import 'Import the employee list as HR has it (CSV, xlsx/xls/ods or a JSON export; Chinese or English headers)'
            cand export 'Export users as CSV (default) or JSON; formula-like cells are neutralised'
            cand purge 'Erase a user''s personal data for good (the audit log keeps the id only)'
        }
        &'crmctl;help;user;add'= {
        }
        &'crmctl;help;user;show'= {
        }
        &'crmctl;help;user;list'= {
        }
        &'crmctl;help;user;update'= {
        }
        &'crmctl;help;user;disable'= {
        }
        &'crmctl;help;user;enable'= {
        }
        &'crmctl;help;user;delete'= {
        }
        &'crmctl;help;user;restore'= {
        }
        &'crmctl;help;user;can'= {
        }
        &'crmctl;help;user;import'= {
        }
        &'crmctl;help;user;export'= {
        }
        &'crmctl;help;user;purge'= {
        }
        &'crmctl;help;role'= {
            cand list 'Every role with its permissions and how often it is assigned'
            cand show 'One role'
            cand create 'Create a custom role'
            cand update 'Change a role''s permissions, description or approval rule'
            cand delete 'Delete a custom role (refused while assigned, unless --force)'
            cand assign 'Give USER a role, optionally for one department and until a date'
            cand unassign 'Take a role away from USER (a role not held is a no-op)'
        }
        &'crmctl;help;role;list'= {
        }
        &'crmctl;help;role;show'= {
        }
        &'crmctl;help;role;create'= {
        }
        &'crmctl;help;role;update'= {
        }
        &'crmctl;help;role;delete'= {
        }
        &'crmctl;help;role;assign'= {
        }
        &'crmctl;help;role;unassign'= {
        }
        &'crmctl;help;permission'= {
            cand list 'The fixed permission catalogue'
        }
        &'crmctl;help;permission;list'= {
        }
        &'crmctl;help;department'= {
            cand list 'Departments in use, with user counts (direct, and including sub-departments)'
        }
        &'crmctl;help;department;list'= {
        }
        &'crmctl;help;approval'= {
            cand list 'Approval requests'
            cand approve 'Approve request N: the role is assigned now (not by the requester); a sign-up''s user is created, invited'
            cand reject 'Reject request N (a sign-up''s personal data is erased)'
        }
        &'crmctl;help;approval;list'= {
        }
        &'crmctl;help;approval;approve'= {
        }
        &'crmctl;help;approval;reject'= {
        }
        &'crmctl;help;token'= {
            cand create 'Create an API token acting as USER; the token is printed once'
            cand list 'Tokens (never the secrets)'
            cand revoke 'Revoke a token: it stops working at once'
        }
        &'crmctl;help;token;create'= {
        }
        &'crmctl;help;token;list'= {
        }
        &'crmctl;help;token;revoke'= {
        }
        &'crmctl;help;form'= {
            cand add 'Add a web form that posts sign-ups to `crmctl serve` at /forms/v1/NAME'
            cand list 'Web forms (never their secrets)'
            cand remove 'Remove a form: its address stops accepting sign-ups at once'
        }
        &'crmctl;help;form;add'= {
        }
        &'crmctl;help;form;list'= {
        }
        &'crmctl;help;form;remove'= {
        }
        &'crmctl;help;invite'= {
            cand create 'Invite a person: a new email creates the user as invited; prints a one-time code'
            cand list 'Invitations'
            cand resend 'A new code for an invitation; the old one stops working'
            cand revoke 'Revoke an invitation: its code stops working'
            cand accept 'Accept an invitation: set the first password; the user becomes active'
        }
        &'crmctl;help;invite;create'= {
        }
        &'crmctl;help;invite;list'= {
        }
        &'crmctl;help;invite;resend'= {
        }
        &'crmctl;help;invite;revoke'= {
        }
        &'crmctl;help;invite;accept'= {
        }
        &'crmctl;help;reset-password'= {
        }
        &'crmctl;help;password'= {
            cand change 'The user''s own change: asks for the old password, then the new one twice'
            cand set 'Redeem a reset code from `reset-password --link`'
        }
        &'crmctl;help;password;change'= {
        }
        &'crmctl;help;password;set'= {
        }
        &'crmctl;help;mfa'= {
            cand enroll 'Enrol a TOTP authenticator: prints an otpauth:// URI and a QR code, then confirms a code'
            cand reset 'Remove a user''s second factor (a lost phone)'
        }
        &'crmctl;help;mfa;enroll'= {
        }
        &'crmctl;help;mfa;reset'= {
        }
        &'crmctl;help;auth'= {
            cand verify 'Check a password: exit 0 ok, 1 wrong username or password, 6 account may not log in'
            cand unlock 'End a lockout at once'
        }
        &'crmctl;help;auth;verify'= {
        }
        &'crmctl;help;auth;unlock'= {
        }
        &'crmctl;help;config'= {
            cand show 'Every setting with its value and where it comes from'
            cand get 'One setting''s value'
            cand set 'Change a setting (validated: unknown keys and bad values are exit 5)'
            cand unset 'Put a setting back to its default (seat_limit: no limit)'
            cand path 'Print the database path in use'
        }
        &'crmctl;help;config;show'= {
        }
        &'crmctl;help;config;get'= {
        }
        &'crmctl;help;config;set'= {
        }
        &'crmctl;help;config;unset'= {
        }
        &'crmctl;help;config;path'= {
        }
        &'crmctl;help;audit'= {
            cand list 'Audit entries, oldest first (with --limit: the latest N)'
            cand verify 'Check the hash chain: exit 0 intact, 1 with the first broken entry named'
            cand head 'The latest entry''s id and hash: note them outside the database, and `audit verify --expect ID:HASH` later finds even a rewritten chain'
        }
        &'crmctl;help;audit;list'= {
        }
        &'crmctl;help;audit;verify'= {
        }
        &'crmctl;help;audit;head'= {
        }
        &'crmctl;help;backup'= {
        }
        &'crmctl;help;restore'= {
        }
        &'crmctl;help;store'= {
            cand copy 'Copy a whole database between stores: SQLite to PostgreSQL, or back'
        }
        &'crmctl;help;store;copy'= {
        }
        &'crmctl;help;check'= {
        }
        &'crmctl;help;serve'= {
        }
        &'crmctl;help;completions'= {
        }
        &'crmctl;help;man'= {
        }
        &'crmctl;help;help'= {
        }
    ]
    $completions[$command]
}
