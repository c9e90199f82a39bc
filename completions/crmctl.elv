
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand auth 'Check logins'
            cand config 'Read and change settings'
            cand audit 'Read and verify the tamper-evident audit log'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --password-stdin 'Read the admin''s password from the first line of stdin'
            cand --random-password 'Generate the admin''s password, print it once, require a change at first login'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand -q 'No notes or warnings on stderr, and no table echo of a change'
            cand --quiet 'No notes or warnings on stderr, and no table echo of a change'
            cand -y 'Answer yes to confirmations (delete, purge)'
            cand --yes 'Answer yes to confirmations (delete, purge)'
            cand --no-color 'No colours (also: NO_COLOR set to anything)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user (with a password, a generated one, or as invited)'
            cand show 'Show one user'
            cand list 'List users (all matching, no default limit; deleted ones only on request)'
            cand update 'Change a user''s fields (an empty value clears an optional field)'
            cand disable 'Disable a user: they can no longer log in'
            cand enable 'Enable a disabled or locked user again'
            cand delete 'Soft-delete a user (restorable); asks to confirm unless --yes'
            cand restore 'Restore a soft-deleted user to the status they had'
            cand purge 'Erase a user''s personal data for good (the audit log keeps the id only)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;user;add'= {
            cand --name 'Display name, any script (张三)'
            cand --email 'Email address (unique, ignoring case)'
            cand --phone 'Phone; without + it is read in phone.default_region (CN): 13812345678'
            cand --employee-id 'Employee ID (工号), unique'
            cand --department 'Department path, such as 销售部/华东区'
            cand --title 'Job title'
            cand --manager 'The user''s manager (USER)'
            cand --role 'Give this role (repeatable); default: setting default_role, else none'
            cand --expires 'Last day the account may log in (YYYY-MM-DD, UTC)'
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --random-password 'Generate a password, print it once, require a change at first login'
            cand --invite 'Create the user as invited, with no password'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --status 'invited, active, disabled, locked, expired, deleted or all'
            cand --role 'Holding this role'
            cand --department 'In this department or below it (销售部 covers 销售部/华东区)'
            cand --search 'Text found in username, name, email, phone or employee ID'
            cand --inactive-days 'No login for at least N days (never logged in: counted from creation)'
            cand --limit 'At most N users'
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --reason 'Why (kept with the user and in the audit log)'
            cand --transfer-to 'Who takes over the leaver''s customers'
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand add 'Add a user (with a password, a generated one, or as invited)'
            cand show 'Show one user'
            cand list 'List users (all matching, no default limit; deleted ones only on request)'
            cand update 'Change a user''s fields (an empty value clears an optional field)'
            cand disable 'Disable a user: they can no longer log in'
            cand enable 'Enable a disabled or locked user again'
            cand delete 'Soft-delete a user (restorable); asks to confirm unless --yes'
            cand restore 'Restore a soft-deleted user to the status they had'
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
        &'crmctl;user;help;purge'= {
        }
        &'crmctl;user;help;help'= {
        }
        &'crmctl;auth'= {
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;auth;verify'= {
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
        &'crmctl;auth;help'= {
            cand verify 'Check a password: exit 0 ok, 1 wrong username or password, 6 account may not log in'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;auth;help;verify'= {
        }
        &'crmctl;auth;help;help'= {
        }
        &'crmctl;config'= {
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;audit;list'= {
            cand --user 'Entries about this user (USER, or #ID for a purged one)'
            cand --actor 'Entries by this actor, such as os:root or user:lisi'
            cand --action 'This action (user.add) or family (user)'
            cand --since 'From this date (YYYY-MM-DD) or time (RFC 3339)'
            cand --until 'Up to and including this date, or before this time'
            cand --limit 'Only the latest N entries'
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;audit;help;list'= {
        }
        &'crmctl;audit;help;verify'= {
        }
        &'crmctl;audit;help;help'= {
        }
        &'crmctl;completions'= {
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand --db 'Database file [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]'
            cand --format 'Output format: tables for people, json or csv for scripts'
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
            cand auth 'Check logins'
            cand config 'Read and change settings'
            cand audit 'Read and verify the tamper-evident audit log'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff) covering every command'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmctl;help;init'= {
        }
        &'crmctl;help;user'= {
            cand add 'Add a user (with a password, a generated one, or as invited)'
            cand show 'Show one user'
            cand list 'List users (all matching, no default limit; deleted ones only on request)'
            cand update 'Change a user''s fields (an empty value clears an optional field)'
            cand disable 'Disable a user: they can no longer log in'
            cand enable 'Enable a disabled or locked user again'
            cand delete 'Soft-delete a user (restorable); asks to confirm unless --yes'
            cand restore 'Restore a soft-deleted user to the status they had'
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
        &'crmctl;help;user;purge'= {
        }
        &'crmctl;help;auth'= {
            cand verify 'Check a password: exit 0 ok, 1 wrong username or password, 6 account may not log in'
        }
        &'crmctl;help;auth;verify'= {
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
        }
        &'crmctl;help;audit;list'= {
        }
        &'crmctl;help;audit;verify'= {
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
