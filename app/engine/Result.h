// SPDX-FileCopyrightText: 2026 Hublot developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineError.h"

#include <utility>
#include <variant>

namespace Hublot::Engine {

/// The outcome of a request to the engine: a value or an EngineError.
/// A small stand-in for C++23's std::expected, which C++20 does not have.
/// Default-constructed, it holds an error of kind Unknown (QFuture needs
/// default-constructible results).
template <typename T> class Result
{
public:
    Result()
        : m_state(EngineError {})
    { }
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(EngineError error)
        : m_state(std::move(error))
    { }

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<T>(m_state); }
    [[nodiscard]] T &&value() && { return std::get<T>(std::move(m_state)); }
    [[nodiscard]] const EngineError &error() const & { return std::get<EngineError>(m_state); }

    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    /// Applies f to the value, carrying an error through unchanged.
    template <typename F> auto map(F &&f) const -> Result<decltype(f(std::declval<const T &>()))>
    {
        if (ok())
            return f(value());
        return error();
    }

private:
    std::variant<T, EngineError> m_state;
};

}  // namespace Hublot::Engine
