// SPDX-License-Identifier: GPL-3.0-or-later
// The release-notes document the preview benchmarks edit, and the statistics they print.
#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace ra::bench {

/// A release-notes document of \a lineCount lines with everything the notes contain: headings, bullets with
/// pull-request links and credits, a table, task lists, code blocks and generated-block markers.
inline QString notesDocument(int lineCount)
{
    using namespace Qt::StringLiterals;
    QStringList lines{u"# 2.1.0"_s, QString(), u"Operator-centred summary of the release."_s, QString()};
    int section = 0;
    while (lines.size() < lineCount) {
        const int n = int(lines.size());
        switch (n % 40) {
        case 0:
            lines.append(u"<!-- ra:generated section=s%1 hash=0123456789ab -->"_s.arg(++section));
            lines.append(u"## Section %1"_s.arg(section));
            lines.append(QString());
            break;
        case 10:
            lines.append(u"| Distribution | Package | Size |"_s);
            lines.append(u"|---|---|---:|"_s);
            lines.append(u"| Debian 12 | `aleph-vm.debian-12.deb` | 42 MB |"_s);
            lines.append(u"| Ubuntu 24.04 | `aleph-vm.ubuntu-24.04.deb` | 43 MB |"_s);
            lines.append(QString());
            break;
        case 20:
            lines.append(u"```bash"_s);
            lines.append(u"sudo wget -P /opt https://github.com/aleph-im/aleph-vm/releases/download/2.1.0/"
                         u"aleph-vm.debian-12.deb"_s);
            lines.append(u"sudo apt install /opt/aleph-vm.debian-12.deb"_s);
            lines.append(u"```"_s);
            break;
        case 30:
            lines.append(u"- [x] ~~Deprecated~~ setting removed, see [the docs](https://docs.aleph.im/nodes/)"_s);
            lines.append(u"- [ ] Check https://github.com/aleph-im/aleph-vm/pull/%1"_s.arg(1000 + n));
            break;
        case 39:
            lines.append(u"<!-- ra:end -->"_s);
            lines.append(QString());
            break;
        default:
            lines.append(
                u"- **supervisor:** Fixed *item* number %1 with `code` in it (#%2) (by @olethanh)"_s.arg(n).arg(1000 +
                                                                                                                n));
            break;
        }
    }
    lines.resize(lineCount);
    return lines.join(u'\n') + u'\n';
}

struct Stats {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

inline Stats stats(std::vector<double> samples)
{
    if (samples.empty()) {
        return {};
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double q) {
        return samples.at(std::min(samples.size() - 1, size_t(q * double(samples.size() - 1) + 0.5)));
    };
    return {at(0.5), at(0.95), samples.back()};
}

} // namespace ra::bench
