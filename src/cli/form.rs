use clap::Subcommand;

/// `crmctl form ...`
#[derive(Debug, Subcommand)]
pub enum FormCommand {
    /// Add a web form that posts sign-ups to `crmctl serve` at /forms/v1/NAME
    #[command(after_help = "Superuser only. The secret is what the form tool signs with (Typeform's secret,
Feishu's Encrypt Key, 简道云's secret, your own page's HMAC key): read it with
--secret-stdin, or leave it out to have a 256-bit one generated and shown once.
A token form (for tools that cannot sign) is posted to /forms/v1/NAME/SECRET.
Each sign-up waits in `crmctl approval list` until someone approves it.

Examples:
  printf '%s\\n' \"$TYPEFORM_SECRET\" | crmctl form add hr-onboarding --kind typeform --secret-stdin --role sales-rep
  crmctl form add jdy --kind jiandaoyun --secret-stdin --map '_widget_1615777739673=name' --department 销售部
  crmctl form add intranet --kind token --department 销售部/华东区")]
    Add {
        /// Form name: the last part of its address, /forms/v1/NAME
        name: String,
        /// How the sender proves itself: typeform, hmac-sha256 (X-Signature), feishu,
        /// jiandaoyun, or token (a secret in the URL: weaker, for tools that cannot sign)
        #[arg(long, value_name = "KIND", value_parser = super::form_kinds())]
        kind: String,
        /// Read the secret from the first line of stdin (else one is generated and shown once)
        #[arg(long)]
        secret_stdin: bool,
        /// Map a question: 'FIELD=field' (fields: username, name, email, phone,
        /// employee_id, department, title); 姓名, 邮箱, 手机号码, 部门 ... map themselves
        #[arg(long = "map", value_name = "FIELD=field")]
        maps: Vec<String>,
        /// Department of the people it signs up (an answer may name one under it)
        #[arg(long, value_name = "D")]
        department: Option<String>,
        /// Role they get when a sign-up is approved (default: the default_role setting)
        #[arg(long, value_name = "R")]
        role: Option<String>,
    },
    /// Web forms (never their secrets)
    #[command(after_help = "CHECK is `signature` when the sender signs each delivery, `url-secret` for a
token form, whose secret travels in the URL (proxies and browsers may log it).

Examples:\n  crmctl form list\n  crmctl form list --format json")]
    List,
    /// Remove a form: its address stops accepting sign-ups at once
    #[command(after_help = "Sign-ups it sent earlier stay in `crmctl approval list` to be decided.

Examples:\n  crmctl form remove intranet")]
    Remove {
        /// Form name
        name: String,
    },
}
