namespace Platform.DataGenerator;

/// <summary>
/// How complaints spread over agreements: Zipf's law, agreement k (from 1) getting a share proportional to 1/k^s.
/// With s = 1 over 10,000 agreements the largest gets about a tenth of all complaints (one very large customer),
/// the median a few dozen, and every agreement at least one.
/// </summary>
internal static class Skew
{
    public static int[] Spread(int total, int agreements, double exponent)
    {
        var weights = Enumerable.Range(1, agreements).Select(k => 1 / Math.Pow(k, exponent)).ToArray();
        var sum = weights.Sum();
        var counts = weights.Select(w => Math.Max(1, (int)Math.Floor(total * w / sum))).ToArray();
        // What rounding left over (or took too much) goes to the largest, one by one down the list.
        var left = total - counts.Sum();
        for (var i = 0; left != 0; i = (i + 1) % agreements)
        {
            var step = Math.Sign(left);
            if (counts[i] + step >= 1)
            {
                counts[i] += step;
                left -= step;
            }
        }

        return counts;
    }
}
