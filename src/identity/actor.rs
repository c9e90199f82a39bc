//! Who is acting: the name recorded in the audit log and the identity behind
//! it, which the four-eyes rule compares.

/// Who is acting, as the audit log records it: a name (`os:<login>` or
/// `user:<username>`) and the identity behind it, which never changes when a
/// user is renamed and is what the four-eyes rule compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    name: String,
    identity: Identity,
    via: Option<Via>,
}

/// The route a request came by, when it came through `crmctl serve`: audit
/// entries record it as `"via"` in their details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// `/scim/v2`: an identity provider.
    Scim,
    /// `/api/v1`: a script or the CRM server.
    Api,
    /// `/forms/v1`: a web form.
    Form,
}

impl Via {
    /// `scim`, `api` or `form`, as the audit log records it.
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Scim => "scim",
            Via::Api => "api",
            Via::Form => "form",
        }
    }
}

/// The identity behind an [`Actor`]: an OS uid for the superuser, a user id
/// for a token user, a form number for a web form's submissions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Identity {
    /// The superuser, by OS uid.
    Os(u32),
    /// A user acting through a token, by user id.
    User(i64),
    /// A web form sending a sign-up, by form number.
    Form(i64),
}

impl Identity {
    /// `os:UID` or `user:ID`: how an identity is stored.
    pub fn encode(&self) -> String {
        match self {
            Identity::Os(uid) => format!("os:{uid}"),
            Identity::User(id) => format!("user:{id}"),
            Identity::Form(id) => format!("form:{id}"),
        }
    }

    /// Reads what [`Identity::encode`] wrote.
    pub fn decode(text: &str) -> Option<Identity> {
        let (kind, number) = text.split_once(':')?;
        match kind {
            "os" => number.parse().ok().map(Identity::Os),
            "user" => number.parse().ok().map(Identity::User),
            "form" => number.parse().ok().map(Identity::Form),
            _ => None,
        }
    }
}

impl Actor {
    /// `os:<login>` with the OS uid behind it.
    pub fn os(login: &str, uid: u32) -> Actor {
        Actor { name: format!("os:{login}"), identity: Identity::Os(uid), via: None }
    }

    /// The superuser running this process: the login behind `sudo` when
    /// `SUDO_USER` can be trusted (the real uid is 0 and `SUDO_UID` is that
    /// login's uid), else the effective user.
    pub fn current_os(sudo_user: Option<&str>, sudo_uid: Option<&str>) -> Actor {
        let real = nix::unistd::getuid();
        if real.is_root()
            && let (Some(login), Some(uid)) = (sudo_user, sudo_uid.and_then(|u| u.parse::<u32>().ok()))
            && let Ok(Some(user)) = nix::unistd::User::from_name(login)
            && user.uid.as_raw() == uid
        {
            return Actor::os(login, uid);
        }
        let uid = nix::unistd::geteuid();
        let login = match nix::unistd::User::from_uid(uid) {
            Ok(Some(user)) => user.name,
            _ => format!("uid{uid}"),
        };
        Actor::os(&login, uid.as_raw())
    }

    /// `user:<username>`, for a command acting through user `id`'s API token.
    pub fn user(username: &str, id: i64) -> Actor {
        Actor { name: format!("user:{username}"), identity: Identity::User(id), via: None }
    }

    /// The same actor, coming by `via` (`crmctl serve`).
    #[must_use]
    pub fn with_via(mut self, via: Via) -> Actor {
        self.via = Some(via);
        self
    }

    /// The route the actor came by, if through `crmctl serve`.
    pub fn via(&self) -> Option<Via> {
        self.via
    }

    /// `form:<name>`, for the sign-ups web form `id` sends: it has no
    /// permissions (it is never a [`Principal`](super::Principal)) and only
    /// ever writes its own `signup.submit` entries.
    pub fn form(name: &str, id: i64) -> Actor {
        Actor { name: format!("form:{name}"), identity: Identity::Form(id), via: None }
    }

    /// The actor as recorded.
    pub fn as_str(&self) -> &str {
        &self.name
    }

    /// The identity behind the name.
    pub fn identity(&self) -> Identity {
        self.identity
    }
}
