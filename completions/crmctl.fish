# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_crmctl_global_optspecs
    string join \n db= format= q/quiet y/yes no-color token-file= h/help V/version
end

function __fish_crmctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_crmctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_crmctl_using_subcommand
    set -l cmd (__fish_crmctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c crmctl -n "__fish_crmctl_needs_command" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_needs_command" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_needs_command" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_needs_command" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_needs_command" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_needs_command" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_needs_command" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "init" -d 'Create the database, name the organisation and make the first admin'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "user" -d 'Add, show, list, change, disable and delete people'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "role" -d 'Create, change, assign and delete roles'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "permission" -d 'The permission catalogue'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "department" -d 'Departments in use'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "approval" -d 'Approve or reject role assignments that need a second pair of eyes'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "token" -d 'API tokens for scripts and delegated administrators'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "form" -d 'Web forms that send sign-ups to `crmctl serve` for approval'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "invite" -d 'Invite new people: one-time codes to set a first password'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "reset-password" -d 'Reset a user\'s password: a one-time link (default) or a new password'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "password" -d 'Change or set one\'s own password'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "mfa" -d 'TOTP second factor'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "auth" -d 'Check logins, end lockouts'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "config" -d 'Read and change settings'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "audit" -d 'Read and verify the tamper-evident audit log'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "backup" -d 'Write a consistent copy of the database to FILE (online; mode 0600)'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "restore" -d 'Replace the database with a backup (checked first); asks unless --yes'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "store" -d 'Copy a whole database between SQLite and PostgreSQL'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "check" -d 'Health check: integrity, audit chain, permissions, WAL (exit 1 with problems)'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "serve" -d 'Serve SCIM 2.0, the JSON API and form sign-ups over HTTP'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "man" -d 'Print the man page (roff) covering every command'
complete -c crmctl -n "__fish_crmctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -l org -d 'Organisation name (setting org.name)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -l seat-limit -d 'Maximum number of active + invited users (setting seat_limit)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -l admin -d 'Also create this first administrator (role admin)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -l name -d 'The admin\'s display name' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -l email -d 'The admin\'s email' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -l password-stdin -d 'Read the admin\'s password from the first line of stdin'
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -l random-password -d 'Generate the admin\'s password, print it once, require a change at first login'
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -l if-not-exists -d 'A database that already holds an organisation is success with nothing changed, not exit 4 (for provisioning scripts)'
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand init" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -f -a "add" -d 'Add a user (with a password, a generated one, or as invited); no arguments on a terminal: a form'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -f -a "show" -d 'Show one user'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -f -a "list" -d 'List users (all matching, no default limit; deleted ones only on request)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -f -a "update" -d 'Change a user\'s fields (an empty value clears an optional field)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -f -a "disable" -d 'Disable a user, or every active user idle for N days: they can no longer log in'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -f -a "enable" -d 'Enable a disabled or locked user again'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -f -a "delete" -d 'Soft-delete a user (restorable); asks to confirm unless --yes'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -f -a "restore" -d 'Restore a soft-deleted user to the status they had'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -f -a "can" -d 'Does USER hold PERMISSION? Exit 0 yes (names the role), 1 no'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -f -a "import" -d 'Import the employee list as HR has it (CSV, xlsx/xls/ods or a JSON export; Chinese or English headers)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -f -a "export" -d 'Export users as CSV (default) or JSON; formula-like cells are neutralised'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -f -a "purge" -d 'Erase a user\'s personal data for good (the audit log keeps the id only)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and not __fish_seen_subcommand_from add show list update disable enable delete restore can import export purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l name -d 'Display name, any script (张三) [required]' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'Email address (unique, ignoring case) [required]' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l phone -d 'Phone; without + it is read in phone.default_region (CN): 13812345678' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l employee-id -d 'Employee ID (工号), unique' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l department -d 'Department path, such as 销售部/华东区' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l title -d 'Job title' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l manager -d 'The user\'s manager (USER)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'Give this role (repeatable); default: setting default_role, else none' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l expires -d 'Last day the account may log in (YYYY-MM-DD, UTC)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l random-password -d 'Generate a password, print it once, require a change at first login'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l invite -d 'Create the user as invited, with an invitation code (printed once)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l send -d 'Mail the invitation (with --invite)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l must-change-password -d 'Require a password change at first login'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l if-not-exists -d 'If the username exists already, change nothing and exit 0'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from show" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from show" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -l status -d 'Only users with this status now, or all (default: every user but deleted ones)' -r -f -a "invited\t''
active\t''
disabled\t''
locked\t''
expired\t''
deleted\t''
all\t''"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -l role -d 'Holding this role' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -l department -d 'In this department or below it (销售部 covers 销售部/华东区)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -l search -d 'Text found in username, name, email, phone or employee ID' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -l inactive-days -d 'No login for at least N days (never logged in: counted from creation)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -l limit -d 'At most N users' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -l name -d 'New display name' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -l email -d 'New email' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -l phone -d 'New phone (\'\' clears)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -l employee-id -d 'New employee ID (\'\' clears)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -l department -d 'New department path (\'\' clears)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -l title -d 'New title (\'\' clears)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -l manager -d 'New manager, a USER (\'\' clears)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -l expires -d 'New last day (YYYY-MM-DD), or never' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -l username -d 'New login name' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l inactive-days -d 'Instead of USER: every active user with no login in the last N days (never logged in: counted from creation)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l reason -d 'Why (kept with the user and in the audit log; with --inactive-days the default is "no login for N days")' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l transfer-to -d 'Who takes over the leaver\'s customers' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l dry-run -d 'With --inactive-days: list who would be disabled, change nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from disable" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from enable" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from restore" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from restore" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from restore" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from restore" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from can" -l department -d 'Ask about this department (covers sub-departments)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from can" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from can" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from can" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from can" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from can" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from can" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from can" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from can" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l on-conflict -d 'Rows whose username, email or employee ID exists: error, skip or update' -r -f -a "error\t'Reject the row'
skip\t'Leave the existing user alone'
update\t'Write the changed fields (identical rows count as unchanged)'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l map -d 'Map a column: \'HEADER=field\' (fields: username, name, email, phone, employee_id, department, title, manager, roles, expires, status, password, password_hash)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l sheet -d 'Workbooks: the sheet to read (default: the first)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l header-line -d 'The header\'s line (default: the first of the first 10 lines that names a name or email column)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l encoding -d 'The text encoding of a CSV file' -r -f -a "auto\t'A BOM if there is one, else UTF-8 if the file is valid UTF-8, else GB18030'
utf-8\t'UTF-8 (a BOM is skipped)'
gb18030\t'GB18030, which covers GBK and GB2312 (Excel\'s "CSV" on a Chinese Windows)'
utf-16\t'UTF-16, little-endian unless a BOM says otherwise (Excel\'s "Unicode text")'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l delimiter -d 'The separator of a CSV file (\',\' and \';\' work too)' -r -f -a "auto\t'The most frequent of \',\', \';\' and tab in the header line'
comma\t'\',\''
semicolon\t'\';\''
tab\t'A tab character'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l credentials-out -d 'Where generated passwords go: a CSV (username,password), mode 0600' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l default-role -d 'Role for new users whose row lists no roles' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l report -d 'Write the rejected rows, as given, with `line` and `error` columns (UTF-8 with BOM)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l dry-run -d 'Validate and show what would happen; write nothing'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l atomic -d 'Write nothing if any row is rejected'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l sync-roles -d 'With --on-conflict update: also remove the roles a user holds that the row does not list'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l invite -d 'Create an invitation for each new user'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l send -d 'Mail the invitations (with --invite)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l random-password -d 'Generate a password for each new user (needs --credentials-out)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from export" -l output -d 'Write to FILE (mode 0600, UTF-8 with BOM for Excel) instead of stdout' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from export" -l status -d 'Only users with this status, or all (default: every user but deleted ones)' -r -f -a "invited\t''
active\t''
disabled\t''
locked\t''
expired\t''
deleted\t''
all\t''"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from export" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from export" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from export" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from export" -l include-hashes -d 'Add each user\'s password hash (superuser only; audited), for a move to another server'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from export" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from export" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from purge" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from purge" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from purge" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from purge" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from purge" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user (with a password, a generated one, or as invited); no arguments on a terminal: a form'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users (all matching, no default limit; deleted ones only on request)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user\'s fields (an empty value clears an optional field)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Disable a user, or every active user idle for N days: they can no longer log in'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Enable a disabled or locked user again'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Soft-delete a user (restorable); asks to confirm unless --yes'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a soft-deleted user to the status they had'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "can" -d 'Does USER hold PERMISSION? Exit 0 yes (names the role), 1 no'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import the employee list as HR has it (CSV, xlsx/xls/ods or a JSON export; Chinese or English headers)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export users as CSV (default) or JSON; formula-like cells are neutralised'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Erase a user\'s personal data for good (the audit log keeps the id only)'
complete -c crmctl -n "__fish_crmctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -f -a "list" -d 'Every role with its permissions and how often it is assigned'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -f -a "show" -d 'One role'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -f -a "create" -d 'Create a custom role'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -f -a "update" -d 'Change a role\'s permissions, description or approval rule'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -f -a "delete" -d 'Delete a custom role (refused while assigned, unless --force)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -f -a "assign" -d 'Give USER a role, optionally for one department and until a date'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -f -a "unassign" -d 'Take a role away from USER (a role not held is a no-op)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from list" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from show" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from show" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from show" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from create" -l permission -d 'A permission from `crmctl permission list` (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from create" -l description -d 'What the role is for' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from create" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from create" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from create" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from create" -l requires-approval -d 'Assigning this role needs approval by a second administrator'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from create" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from update" -l add-permission -d 'Add this permission (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from update" -l remove-permission -d 'Remove this permission (repeatable)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from update" -l requires-approval -d 'Whether assigning the role needs approval' -r -f -a "true\t''
false\t''"
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from update" -l description -d 'New description' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from update" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from update" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from update" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from update" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l force -d 'Also remove every assignment of the role'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from assign" -l department -d 'Only in this department and below it' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from assign" -l expires -d 'Last day the assignment grants anything (YYYY-MM-DD)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from assign" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from assign" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from assign" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from assign" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from assign" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from unassign" -l department -d 'The department the assignment is scoped to' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from unassign" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from unassign" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from unassign" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from unassign" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from unassign" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from unassign" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from unassign" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every role with its permissions and how often it is assigned'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "show" -d 'One role'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a custom role'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a role\'s permissions, description or approval rule'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a custom role (refused while assigned, unless --force)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Give USER a role, optionally for one department and until a date'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "unassign" -d 'Take a role away from USER (a role not held is a no-op)'
complete -c crmctl -n "__fish_crmctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and not __fish_seen_subcommand_from list help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and not __fish_seen_subcommand_from list help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and not __fish_seen_subcommand_from list help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and not __fish_seen_subcommand_from list help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'The fixed permission catalogue'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and __fish_seen_subcommand_from list" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and __fish_seen_subcommand_from help" -f -a "list" -d 'The fixed permission catalogue'
complete -c crmctl -n "__fish_crmctl_using_subcommand permission; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and not __fish_seen_subcommand_from list help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and not __fish_seen_subcommand_from list help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and not __fish_seen_subcommand_from list help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and not __fish_seen_subcommand_from list help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'Departments in use, with user counts (direct, and including sub-departments)'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and __fish_seen_subcommand_from list" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and __fish_seen_subcommand_from help" -f -a "list" -d 'Departments in use, with user counts (direct, and including sub-departments)'
complete -c crmctl -n "__fish_crmctl_using_subcommand department; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and not __fish_seen_subcommand_from list approve reject help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and not __fish_seen_subcommand_from list approve reject help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and not __fish_seen_subcommand_from list approve reject help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and not __fish_seen_subcommand_from list approve reject help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and not __fish_seen_subcommand_from list approve reject help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and not __fish_seen_subcommand_from list approve reject help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and not __fish_seen_subcommand_from list approve reject help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and not __fish_seen_subcommand_from list approve reject help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and not __fish_seen_subcommand_from list approve reject help" -f -a "list" -d 'Approval requests'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and not __fish_seen_subcommand_from list approve reject help" -f -a "approve" -d 'Approve request N: the role is assigned now (not by the requester); a sign-up\'s user is created, invited'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and not __fish_seen_subcommand_from list approve reject help" -f -a "reject" -d 'Reject request N (a sign-up\'s personal data is erased)'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and not __fish_seen_subcommand_from list approve reject help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from list" -l status -d 'Only requests in this state (default: all)' -r -f -a "pending\t''
approved\t''
rejected\t''"
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from list" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from approve" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from approve" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from approve" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from approve" -l send -d 'A sign-up\'s invitation is mailed (needs invite.base_url and mail.*)'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from approve" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from reject" -l reason -d 'Why' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from reject" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from reject" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from reject" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from reject" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from reject" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from reject" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from help" -f -a "list" -d 'Approval requests'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve request N: the role is assigned now (not by the requester); a sign-up\'s user is created, invited'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Reject request N (a sign-up\'s personal data is erased)'
complete -c crmctl -n "__fish_crmctl_using_subcommand approval; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "create" -d 'Create an API token acting as USER; the token is printed once'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "list" -d 'Tokens (never the secrets)'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "revoke" -d 'Revoke a token: it stops working at once'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and not __fish_seen_subcommand_from create list revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from create" -l expires-in -d 'Lifetime: 90s, 15m, 72h, 7d (default: no expiry)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from create" -l description -d 'What the token is for' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from create" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from create" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from create" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from create" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from list" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an API token acting as USER; the token is printed once'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "list" -d 'Tokens (never the secrets)'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a token: it stops working at once'
complete -c crmctl -n "__fish_crmctl_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and not __fish_seen_subcommand_from add list remove help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and not __fish_seen_subcommand_from add list remove help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and not __fish_seen_subcommand_from add list remove help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and not __fish_seen_subcommand_from add list remove help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and not __fish_seen_subcommand_from add list remove help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and not __fish_seen_subcommand_from add list remove help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Add a web form that posts sign-ups to `crmctl serve` at /forms/v1/NAME'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'Web forms (never their secrets)'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Remove a form: its address stops accepting sign-ups at once'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from add" -l kind -d 'How the sender proves itself: typeform, hmac-sha256 (X-Signature), feishu, jiandaoyun, or token (a secret in the URL: weaker, for tools that cannot sign)' -r -f -a "typeform\t''
hmac-sha256\t''
feishu\t''
jiandaoyun\t''
token\t''"
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from add" -l map -d 'Map a question: \'FIELD=field\' (fields: username, name, email, phone, employee_id, department, title); 姓名, 邮箱, 手机号码, 部门 ... map themselves' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from add" -l department -d 'Department of the people it signs up (an answer may name one under it)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from add" -l role -d 'Role they get when a sign-up is approved (default: the default_role setting)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from add" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from add" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from add" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from add" -l secret-stdin -d 'Read the secret from the first line of stdin (else one is generated and shown once)'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from add" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from list" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from remove" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from remove" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from remove" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from remove" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a web form that posts sign-ups to `crmctl serve` at /forms/v1/NAME'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from help" -f -a "list" -d 'Web forms (never their secrets)'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a form: its address stops accepting sign-ups at once'
complete -c crmctl -n "__fish_crmctl_using_subcommand form; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -f -a "create" -d 'Invite a person: a new email creates the user as invited; prints a one-time code'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -f -a "list" -d 'Invitations'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -f -a "resend" -d 'A new code for an invitation; the old one stops working'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -f -a "revoke" -d 'Revoke an invitation: its code stops working'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -f -a "accept" -d 'Accept an invitation: set the first password; the user becomes active'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and not __fish_seen_subcommand_from create list resend revoke accept help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l name -d 'Display name of a new person' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l role -d 'Role of a new person' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l department -d 'Department of a new person' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l expires-in -d 'Lifetime: 90s, 15m, 72h, 7d (default: invite.ttl_hours)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l send -d 'Mail the invitation'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from create" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l status -d 'Only invitations in this state (default: all)' -r -f -a "pending\t''
accepted\t''
expired\t''
revoked\t''"
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l send -d 'Mail the new code'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from resend" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l code-stdin -d 'Read the code from the first line of stdin'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l password-stdin -d 'Read the password from stdin: the first line, or the second with --code-stdin (else: prompt twice)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "create" -d 'Invite a person: a new email creates the user as invited; prints a one-time code'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "list" -d 'Invitations'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "resend" -d 'A new code for an invitation; the old one stops working'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke an invitation: its code stops working'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept an invitation: set the first password; the user becomes active'
complete -c crmctl -n "__fish_crmctl_using_subcommand invite; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand reset-password" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand reset-password" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand reset-password" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand reset-password" -l random-password -d 'Set a generated password now, print it once (must be changed at first login)'
complete -c crmctl -n "__fish_crmctl_using_subcommand reset-password" -l password-stdin -d 'Set the password read from the first line of stdin'
complete -c crmctl -n "__fish_crmctl_using_subcommand reset-password" -l link -d 'Issue a one-time reset link (the default)'
complete -c crmctl -n "__fish_crmctl_using_subcommand reset-password" -l send -d 'Mail the link'
complete -c crmctl -n "__fish_crmctl_using_subcommand reset-password" -l must-change-password -d 'Require a password change at next login'
complete -c crmctl -n "__fish_crmctl_using_subcommand reset-password" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand reset-password" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand reset-password" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand reset-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand reset-password" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and not __fish_seen_subcommand_from change set help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and not __fish_seen_subcommand_from change set help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and not __fish_seen_subcommand_from change set help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and not __fish_seen_subcommand_from change set help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and not __fish_seen_subcommand_from change set help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and not __fish_seen_subcommand_from change set help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and not __fish_seen_subcommand_from change set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and not __fish_seen_subcommand_from change set help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and not __fish_seen_subcommand_from change set help" -f -a "change" -d 'The user\'s own change: asks for the old password, then the new one twice'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and not __fish_seen_subcommand_from change set help" -f -a "set" -d 'Redeem a reset code from `reset-password --link`'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and not __fish_seen_subcommand_from change set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from change" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from change" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from change" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from change" -l password-stdin -d 'Read the old (line 1) and new (line 2) passwords from stdin'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from change" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from change" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from change" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from change" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from change" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from set" -l code -d 'The reset code (better: leave it out and type it when asked)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from set" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from set" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from set" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from set" -l code-stdin -d 'Read the code from the first line of stdin'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from set" -l password-stdin -d 'Read the new password from stdin: the first line, or the second with --code-stdin (else: prompt twice)'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from set" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "change" -d 'The user\'s own change: asks for the old password, then the new one twice'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "set" -d 'Redeem a reset code from `reset-password --link`'
complete -c crmctl -n "__fish_crmctl_using_subcommand password; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll reset help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll reset help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll reset help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll reset help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll reset help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll reset help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll reset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll reset help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll reset help" -f -a "enroll" -d 'Enrol a TOTP authenticator: prints an otpauth:// URI and a QR code, then confirms a code'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll reset help" -f -a "reset" -d 'Remove a user\'s second factor (a lost phone)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l code -d 'Confirm the pending enrolment with this code from the app' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "enroll" -d 'Enrol a TOTP authenticator: prints an otpauth:// URI and a QR code, then confirms a code'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Remove a user\'s second factor (a lost phone)'
complete -c crmctl -n "__fish_crmctl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from verify unlock help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from verify unlock help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from verify unlock help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from verify unlock help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from verify unlock help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from verify unlock help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from verify unlock help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from verify unlock help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from verify unlock help" -f -a "verify" -d 'Check a password: exit 0 ok, 1 wrong username or password, 6 account may not log in'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from verify unlock help" -f -a "unlock" -d 'End a lockout at once'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and not __fish_seen_subcommand_from verify unlock help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from verify" -l totp -d 'The current code of an MFA-enrolled user\'s authenticator app' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from verify" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from verify" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from verify" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from verify" -l password-stdin -d 'Read the password from the first line of stdin (else: prompt)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from verify" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from unlock" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from unlock" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from unlock" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from unlock" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from unlock" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from unlock" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a password: exit 0 ok, 1 wrong username or password, 6 account may not log in'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'End a lockout at once'
complete -c crmctl -n "__fish_crmctl_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -f -a "show" -d 'Every setting with its value and where it comes from'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -f -a "get" -d 'One setting\'s value'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -f -a "set" -d 'Change a setting (validated: unknown keys and bad values are exit 5)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -f -a "unset" -d 'Put a setting back to its default (seat_limit: no limit)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -f -a "path" -d 'Print the database path in use'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and not __fish_seen_subcommand_from show get set unset path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from show" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from show" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from get" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from get" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from get" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from get" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from set" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from set" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from set" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from set" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from path" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from path" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from path" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from path" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Every setting with its value and where it comes from'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'One setting\'s value'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change a setting (validated: unknown keys and bad values are exit 5)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Put a setting back to its default (seat_limit: no limit)'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the database path in use'
complete -c crmctl -n "__fish_crmctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -f -a "list" -d 'Audit entries, oldest first (with --limit: the latest N)'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -f -a "verify" -d 'Check the hash chain: exit 0 intact, 1 with the first broken entry named'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -f -a "head" -d 'The latest entry\'s id and hash: note them outside the database, and `audit verify --expect ID:HASH` later finds even a rewritten chain'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l user -d 'Entries about this user (USER, or #ID for a purged one)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Entries by this actor, such as os:root or user:lisi' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'This action (user.add) or family (user)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'From this date (YYYY-MM-DD) or time (RFC 3339)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l until -d 'Up to and including this date, or before this time' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'Only the latest N entries' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l expect -d 'Also check that entry ID still has hash HASH, as `audit head` or `backup` printed them (repeatable); exit 1 naming it if not' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'Audit entries, oldest first (with --limit: the latest N)'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the hash chain: exit 0 intact, 1 with the first broken entry named'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "head" -d 'The latest entry\'s id and hash: note them outside the database, and `audit verify --expect ID:HASH` later finds even a rewritten chain'
complete -c crmctl -n "__fish_crmctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand backup" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand backup" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand backup" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand backup" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand backup" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand backup" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand backup" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand restore" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand restore" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand restore" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand restore" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand restore" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand restore" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand restore" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -f -a "copy" -d 'Copy a whole database between stores: SQLite to PostgreSQL, or back'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and not __fish_seen_subcommand_from copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l from -d 'The database to copy (left as it is)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l to -d 'The database to copy into: a new SQLite file, or an empty PostgreSQL database' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a whole database between stores: SQLite to PostgreSQL, or back'
complete -c crmctl -n "__fish_crmctl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand check" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand check" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand check" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand check" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand check" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand check" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand check" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l listen -d 'Address and port to listen on (port 0 picks a free one)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l port-file -d 'Write the base URL (http://ADDR:PORT) to FILE once listening' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l tls-cert -d 'Serve HTTPS with this certificate chain (PEM)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l tls-key -d 'The private key of --tls-cert (PEM)' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l request-timeout -d 'Seconds a request may take, reading its body included (then 408)' -r
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand serve" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand man" -l db -d 'Database: a SQLite file, or a PostgreSQL connection string (postgres://USER@HOST:PORT/DB or host=HOST dbname=DB user=USER) whose password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string; PGHOST, PGPORT, PGUSER and PGDATABASE fill in what it leaves out [default: db in $CRMCTL_CONFIG or /etc/crmctl/config.toml, else $XDG_DATA_HOME/crmctl/crm.db]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand man" -l format -d 'Output format: tables for people, json or csv for scripts' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (an object, or an array for lists)'
csv\t'A header line and rows'"
complete -c crmctl -n "__fish_crmctl_using_subcommand man" -l token-file -d 'Act as the user of the API token in FILE (first line), held to their permissions and department scope [also: CRMCTL_TOKEN]' -r -F
complete -c crmctl -n "__fish_crmctl_using_subcommand man" -s q -l quiet -d 'No notes or warnings on stderr, and no table echo of a change'
complete -c crmctl -n "__fish_crmctl_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (delete, purge)'
complete -c crmctl -n "__fish_crmctl_using_subcommand man" -l no-color -d 'No colours (also: NO_COLOR set to anything)'
complete -c crmctl -n "__fish_crmctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmctl -n "__fish_crmctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "init" -d 'Create the database, name the organisation and make the first admin'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "user" -d 'Add, show, list, change, disable and delete people'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "role" -d 'Create, change, assign and delete roles'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "permission" -d 'The permission catalogue'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "department" -d 'Departments in use'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "approval" -d 'Approve or reject role assignments that need a second pair of eyes'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "token" -d 'API tokens for scripts and delegated administrators'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "form" -d 'Web forms that send sign-ups to `crmctl serve` for approval'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "invite" -d 'Invite new people: one-time codes to set a first password'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "reset-password" -d 'Reset a user\'s password: a one-time link (default) or a new password'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "password" -d 'Change or set one\'s own password'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "mfa" -d 'TOTP second factor'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "auth" -d 'Check logins, end lockouts'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "config" -d 'Read and change settings'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "audit" -d 'Read and verify the tamper-evident audit log'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "backup" -d 'Write a consistent copy of the database to FILE (online; mode 0600)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "restore" -d 'Replace the database with a backup (checked first); asks unless --yes'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "store" -d 'Copy a whole database between SQLite and PostgreSQL'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "check" -d 'Health check: integrity, audit chain, permissions, WAL (exit 1 with problems)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "serve" -d 'Serve SCIM 2.0, the JSON API and form sign-ups over HTTP'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "man" -d 'Print the man page (roff) covering every command'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and not __fish_seen_subcommand_from init user role permission department approval token form invite reset-password password mfa auth config audit backup restore store check serve completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Add a user (with a password, a generated one, or as invited); no arguments on a terminal: a form'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users (all matching, no default limit; deleted ones only on request)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "update" -d 'Change a user\'s fields (an empty value clears an optional field)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "disable" -d 'Disable a user, or every active user idle for N days: they can no longer log in'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "enable" -d 'Enable a disabled or locked user again'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Soft-delete a user (restorable); asks to confirm unless --yes'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "restore" -d 'Restore a soft-deleted user to the status they had'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "can" -d 'Does USER hold PERMISSION? Exit 0 yes (names the role), 1 no'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "import" -d 'Import the employee list as HR has it (CSV, xlsx/xls/ods or a JSON export; Chinese or English headers)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "export" -d 'Export users as CSV (default) or JSON; formula-like cells are neutralised'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "purge" -d 'Erase a user\'s personal data for good (the audit log keeps the id only)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'Every role with its permissions and how often it is assigned'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "show" -d 'One role'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "create" -d 'Create a custom role'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "update" -d 'Change a role\'s permissions, description or approval rule'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a custom role (refused while assigned, unless --force)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "assign" -d 'Give USER a role, optionally for one department and until a date'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "unassign" -d 'Take a role away from USER (a role not held is a no-op)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from permission" -f -a "list" -d 'The fixed permission catalogue'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from department" -f -a "list" -d 'Departments in use, with user counts (direct, and including sub-departments)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from approval" -f -a "list" -d 'Approval requests'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from approval" -f -a "approve" -d 'Approve request N: the role is assigned now (not by the requester); a sign-up\'s user is created, invited'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from approval" -f -a "reject" -d 'Reject request N (a sign-up\'s personal data is erased)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create an API token acting as USER; the token is printed once'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "list" -d 'Tokens (never the secrets)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke a token: it stops working at once'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from form" -f -a "add" -d 'Add a web form that posts sign-ups to `crmctl serve` at /forms/v1/NAME'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from form" -f -a "list" -d 'Web forms (never their secrets)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from form" -f -a "remove" -d 'Remove a form: its address stops accepting sign-ups at once'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "create" -d 'Invite a person: a new email creates the user as invited; prints a one-time code'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "list" -d 'Invitations'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "resend" -d 'A new code for an invitation; the old one stops working'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "revoke" -d 'Revoke an invitation: its code stops working'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from invite" -f -a "accept" -d 'Accept an invitation: set the first password; the user becomes active'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from password" -f -a "change" -d 'The user\'s own change: asks for the old password, then the new one twice'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from password" -f -a "set" -d 'Redeem a reset code from `reset-password --link`'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "enroll" -d 'Enrol a TOTP authenticator: prints an otpauth:// URI and a QR code, then confirms a code'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "reset" -d 'Remove a user\'s second factor (a lost phone)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "verify" -d 'Check a password: exit 0 ok, 1 wrong username or password, 6 account may not log in'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "unlock" -d 'End a lockout at once'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Every setting with its value and where it comes from'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'One setting\'s value'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change a setting (validated: unknown keys and bad values are exit 5)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Put a setting back to its default (seat_limit: no limit)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the database path in use'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'Audit entries, oldest first (with --limit: the latest N)'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the hash chain: exit 0 intact, 1 with the first broken entry named'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "head" -d 'The latest entry\'s id and hash: note them outside the database, and `audit verify --expect ID:HASH` later finds even a rewritten chain'
complete -c crmctl -n "__fish_crmctl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "copy" -d 'Copy a whole database between stores: SQLite to PostgreSQL, or back'
