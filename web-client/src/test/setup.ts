// async-validator prints every failed rule to the console outside production; tests fail rules on purpose.
Object.assign(globalThis, { ASYNC_VALIDATOR_NO_WARNING: true })
