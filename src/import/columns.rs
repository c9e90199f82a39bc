//! Header names as HR exports them, in Chinese or English, mapped to fields.

use crate::error::{Error, Result};

/// The fields an import row can set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// Login name.
    Username,
    /// Display name.
    Name,
    /// Email.
    Email,
    /// Phone.
    Phone,
    /// Employee ID.
    EmployeeId,
    /// Department path.
    Department,
    /// Title.
    Title,
    /// Manager (USER).
    Manager,
    /// Roles, `;`-separated.
    Roles,
    /// Account expiry.
    Expires,
    /// Password (hashed on import).
    Password,
    /// A password hash from another system, stored as it is.
    PasswordHash,
    /// Status (`active`, `disabled` ...), as `user export` writes it.
    Status,
}

impl Field {
    /// Every field.
    pub const ALL: [Field; 13] = [
        Field::Username,
        Field::Name,
        Field::Email,
        Field::Phone,
        Field::EmployeeId,
        Field::Department,
        Field::Title,
        Field::Manager,
        Field::Roles,
        Field::Expires,
        Field::Password,
        Field::PasswordHash,
        Field::Status,
    ];

    /// The field's name, as in error messages and `--map`.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Username => "username",
            Field::Name => "name",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::EmployeeId => "employee_id",
            Field::Department => "department",
            Field::Title => "title",
            Field::Manager => "manager",
            Field::Roles => "roles",
            Field::Expires => "expires",
            Field::Password => "password",
            Field::PasswordHash => "password_hash",
            Field::Status => "status",
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Field::Username => {
                &["username", "user", "login", "loginname", "account", "用户名", "账号", "帐号", "登录名", "登录账号"]
            }
            Field::Name => &["name", "fullname", "displayname", "employeename", "姓名", "员工姓名", "名字", "真实姓名"],
            Field::Email => &["email", "mail", "emailaddress", "邮箱", "电子邮箱", "电子邮件", "邮件", "邮箱地址"],
            Field::Phone => &[
                "phone",
                "mobile",
                "mobilephone",
                "cell",
                "cellphone",
                "telephone",
                "tel",
                "phonenumber",
                "mobileno",
                "手机",
                "手机号",
                "手机号码",
                "电话",
                "联系电话",
                "移动电话",
            ],
            Field::EmployeeId => &[
                "employeeid",
                "employeeno",
                "employeenumber",
                "empid",
                "empno",
                "staffid",
                "staffno",
                "工号",
                "员工编号",
                "员工号",
                "职工号",
                "工作证号",
            ],
            Field::Department => &["department", "dept", "departmentname", "部门", "部门名称", "所属部门"],
            Field::Title => &["title", "jobtitle", "position", "职位", "岗位", "职务"],
            Field::Manager => &["manager", "supervisor", "reportsto", "上级", "直属上级", "主管", "汇报对象"],
            Field::Roles => &["roles", "role", "角色"],
            Field::Expires => &[
                "expires",
                "expiresat",
                "expiry",
                "expirydate",
                "expirationdate",
                "到期日",
                "到期日期",
                "到期时间",
                "有效期至",
                "截止日期",
            ],
            Field::Password => &["password", "密码", "初始密码"],
            Field::PasswordHash => &["password_hash", "passwordhash", "hash", "密码哈希", "密码散列"],
            Field::Status => &["status", "state", "状态", "账号状态", "账户状态"],
        }
    }

    /// The field named `name` (as in `--map`).
    pub fn parse(name: &str) -> Option<Field> {
        let n = normalize(name);
        Field::ALL.into_iter().find(|f| normalize(f.as_str()) == n)
    }
}

/// Header text compared without case, spaces, `_`, `-`, `.`, `:` or full-width
/// colons and parentheses' contents kept: `E-mail` = `email`, `Employee No.` = `employeeno`.
pub fn normalize(header: &str) -> String {
    header
        .trim()
        .trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '-' | '.' | ':' | '：' | '*'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// How the header row maps to fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    /// For each column: its header and the field it feeds (`None`: ignored).
    pub columns: Vec<(String, Option<Field>)>,
}

impl Mapping {
    /// Maps `headers`, with `--map 'HEADER=field'` overrides first.
    pub fn new(headers: &[String], maps: &[(String, String)]) -> Result<Mapping> {
        let mapping = Mapping::build(headers, &Mapping::check_maps(maps)?);
        for (header, _) in maps {
            if !headers.iter().any(|h| normalize(h) == normalize(header)) {
                return Err(Error::usage(format!("--map '{header}=...': the file has no column '{header}'")));
            }
        }
        Ok(mapping)
    }

    /// Maps `headers` with the overrides of [`Mapping::check_maps`]. The
    /// first header that maps a field gets it; later ones are ignored. Unlike
    /// [`Mapping::new`], an override for a header that is absent is no
    /// error (a web form's optional question may go unanswered).
    pub fn build(headers: &[String], overrides: &[(String, Field)]) -> Mapping {
        let mut columns: Vec<(String, Option<Field>)> = Vec::new();
        for h in headers {
            let field = Mapping::field_of(h, overrides);
            let field = field.filter(|f| !columns.iter().any(|(_, g)| *g == Some(*f)));
            columns.push((h.trim().trim_start_matches('\u{feff}').to_string(), field));
        }
        Mapping { columns }
    }

    /// The field one header maps to: an override first, then the usual names.
    pub fn field_of(header: &str, overrides: &[(String, Field)]) -> Option<Field> {
        let n = normalize(header);
        overrides
            .iter()
            .find(|(o, _)| *o == n)
            .map(|(_, f)| *f)
            .or_else(|| Field::ALL.into_iter().find(|f| f.aliases().iter().any(|a| normalize(a) == n)))
    }

    /// The `--map 'HEADER=field'` overrides: (normalised header, field); an
    /// unknown field is a usage error.
    pub fn check_maps(maps: &[(String, String)]) -> Result<Vec<(String, Field)>> {
        let mut overrides = Vec::new();
        for (header, field) in maps {
            let f = Field::parse(field).ok_or_else(|| {
                let names: Vec<&str> = Field::ALL.iter().map(|f| f.as_str()).collect();
                Error::usage(format!("--map '{header}={field}': unknown field '{field}'"))
                    .hint(format!("fields: {}", names.join(", ")))
            })?;
            overrides.push((normalize(header), f));
        }
        Ok(overrides)
    }

    /// Whether `headers` can be the header line: it maps a name or an email
    /// column (title lines above the header do not).
    pub fn is_header(headers: &[String], maps: &[(String, String)]) -> bool {
        let m = Mapping::build(headers, &Mapping::check_maps(maps).unwrap_or_default());
        m.index(Field::Name).is_some() || m.index(Field::Email).is_some()
    }

    /// Fails unless the columns every row needs (name, email) are mapped.
    pub fn require(&self) -> Result<()> {
        for required in [Field::Name, Field::Email] {
            if self.index(required).is_none() {
                return Err(Error::invalid(format!("the file has no {} column", required.as_str())).hint(format!(
                    "name it as usual (姓名/name, 邮箱/email) or map it: --map 'YOUR HEADER={}'",
                    required.as_str()
                )));
            }
        }
        Ok(())
    }

    /// The column index of `field`.
    pub fn index(&self, field: Field) -> Option<usize> {
        self.columns.iter().position(|(_, f)| *f == Some(field))
    }

    /// Headers of the ignored columns.
    pub fn unknown(&self) -> Vec<String> {
        self.columns.iter().filter(|(_, f)| f.is_none()).map(|(h, _)| h.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(headers: &[&str], maps: &[(&str, &str)]) -> Result<Mapping> {
        let headers: Vec<String> = headers.iter().map(|s| s.to_string()).collect();
        let maps: Vec<(String, String)> = maps.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        Mapping::new(&headers, &maps).and_then(|m| m.require().map(|_| m))
    }

    #[test]
    fn chinese_and_english_headers() {
        let m = map(&["序号", "员工姓名", "电子邮件", "手机号码", "工号", "部门名称", "岗位", "性别"], &[]).ok();
        let m = m.expect("mapped");
        assert_eq!(m.index(Field::Name), Some(1));
        assert_eq!(m.index(Field::Email), Some(2));
        assert_eq!(m.index(Field::Phone), Some(3));
        assert_eq!(m.index(Field::EmployeeId), Some(4));
        assert_eq!(m.index(Field::Department), Some(5));
        assert_eq!(m.index(Field::Title), Some(6));
        assert_eq!(m.unknown(), ["序号", "性别"]);
        let m = map(&["Full Name", "E-mail", "Mobile", "Employee No.", "Dept"], &[]).expect("mapped");
        assert_eq!(m.index(Field::EmployeeId), Some(3));
        assert_eq!(m.index(Field::Department), Some(4));
    }

    #[test]
    fn map_overrides_and_errors() {
        let m = map(&["Nom", "Courriel"], &[("nom", "name"), ("COURRIEL", "email")]).expect("mapped");
        assert_eq!((m.index(Field::Name), m.index(Field::Email)), (Some(0), Some(1)));
        assert!(map(&["姓名"], &[]).is_err(), "no email column");
        assert!(map(&["姓名", "邮箱"], &[("姓名", "nickname")]).is_err());
        assert!(map(&["姓名", "邮箱"], &[("missing", "name")]).is_err());
    }
}
