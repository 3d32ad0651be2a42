// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <git2.h>

#include <memory>

namespace ra::git {

/// Owning handles for libgit2 objects: each frees itself with libgit2's matching free function.
template<auto FreeFunction>
struct GitDeleter {
    template<typename T>
    void operator()(T *handle) const
    {
        FreeFunction(handle);
    }
};

using RepositoryPtr = std::unique_ptr<git_repository, GitDeleter<git_repository_free>>;
using ObjectPtr = std::unique_ptr<git_object, GitDeleter<git_object_free>>;
using CommitPtr = std::unique_ptr<git_commit, GitDeleter<git_commit_free>>;
using TagPtr = std::unique_ptr<git_tag, GitDeleter<git_tag_free>>;
using ReferencePtr = std::unique_ptr<git_reference, GitDeleter<git_reference_free>>;
using ReferenceIteratorPtr = std::unique_ptr<git_reference_iterator, GitDeleter<git_reference_iterator_free>>;
using BranchIteratorPtr = std::unique_ptr<git_branch_iterator, GitDeleter<git_branch_iterator_free>>;
using RevwalkPtr = std::unique_ptr<git_revwalk, GitDeleter<git_revwalk_free>>;
using OdbPtr = std::unique_ptr<git_odb, GitDeleter<git_odb_free>>;
using OdbObjectPtr = std::unique_ptr<git_odb_object, GitDeleter<git_odb_object_free>>;
using RemotePtr = std::unique_ptr<git_remote, GitDeleter<git_remote_free>>;
using SignaturePtr = std::unique_ptr<git_signature, GitDeleter<git_signature_free>>;
using DescribeResultPtr = std::unique_ptr<git_describe_result, GitDeleter<git_describe_result_free>>;

/// A git_buf on the stack that disposes of its memory when it goes out of scope.
class Buffer
{
public:
    Buffer() = default;
    ~Buffer()
    {
        git_buf_dispose(&m_buf);
    }
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;

    [[nodiscard]] git_buf *get()
    {
        return &m_buf;
    }
    [[nodiscard]] const char *data() const
    {
        return m_buf.ptr ? m_buf.ptr : "";
    }

private:
    git_buf m_buf = GIT_BUF_INIT;
};

/// A git_strarray filled by libgit2 (git_remote_list, git_tag_list...), disposed of on scope exit.
class StrArray
{
public:
    StrArray() = default;
    ~StrArray()
    {
        git_strarray_dispose(&m_array);
    }
    StrArray(const StrArray &) = delete;
    StrArray &operator=(const StrArray &) = delete;

    [[nodiscard]] git_strarray *get()
    {
        return &m_array;
    }
    [[nodiscard]] size_t size() const
    {
        return m_array.count;
    }
    [[nodiscard]] const char *at(size_t index) const
    {
        return m_array.strings[index];
    }

private:
    git_strarray m_array{nullptr, 0};
};

} // namespace ra::git
