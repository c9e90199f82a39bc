//! The server's store connections: each opened, migrated and checked once,
//! then reused, so a request pays for its queries and nothing else.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use tokio::sync::Semaphore;

use super::Failure;
use crate::error::{Error, Result};
use crate::store::Store;

/// Opens one more connection to the store.
pub type Open = Box<dyn Fn() -> Result<Store> + Send + Sync>;

/// At most this many requests use the store at once; the rest queue (SQLite
/// serialises writers anyway, and an argon2 check is a core's work).
const CONNECTIONS: usize = 8;

/// A pool of store connections, used from blocking tasks.
#[derive(Clone)]
pub struct Pool(Arc<Shared>);

struct Shared {
    open: Open,
    idle: Mutex<Vec<Store>>,
    permits: Arc<Semaphore>,
}

impl Pool {
    /// A pool opening its connections with `open`.
    pub fn new(open: Open) -> Pool {
        Pool(Arc::new(Shared { open, idle: Mutex::new(Vec::new()), permits: Arc::new(Semaphore::new(CONNECTIONS)) }))
    }

    /// Runs `f` on a connection on this thread, outside the runtime (the
    /// server's start, before it listens).
    pub fn first<T>(&self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let mut store = self.0.take()?;
        let value = f(&mut store);
        self.0.give_back(store);
        value
    }

    /// Runs `f` on a pooled connection in a blocking task; its writes roll
    /// back rather than commit after `deadline` (the request's time limit).
    pub async fn run<T, F>(&self, deadline: Option<Instant>, f: F) -> std::result::Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> T + Send + 'static,
    {
        let permit = self.0.permits.clone().acquire_owned().await.map_err(|_| Failure::Error(closed()))?;
        let shared = self.0.clone();
        let joined = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            if deadline.is_some_and(|at| Instant::now() >= at) {
                // The client has had its 408 already: do not start.
                return Err(Error::busy("the request ran past its time limit; nothing was written"));
            }
            let mut store = shared.take()?;
            store.set_deadline(deadline);
            let value = f(&mut store);
            store.set_deadline(None);
            shared.give_back(store);
            Ok(value)
        })
        .await;
        match joined {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(err)) => Err(Failure::Error(err)),
            // A panic in the library is a bug; the server answers 500 and goes on.
            Err(_) => Err(Failure::Error(Error::storage("internal error while handling the request"))),
        }
    }
}

impl Shared {
    fn take(&self) -> Result<Store> {
        let idle = self.idle.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).pop();
        match idle {
            Some(store) => Ok(store),
            None => (self.open)(),
        }
    }

    fn give_back(&self, store: Store) {
        self.idle.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(store);
    }
}

fn closed() -> Error {
    Error::busy("the server is shutting down").hint("retry in a moment")
}
