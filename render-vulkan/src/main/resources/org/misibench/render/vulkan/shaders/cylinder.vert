#version 450
#extension GL_GOOGLE_include_directive : require
#include "frame.glsl"

// One instance per cylinder (a half-bond stick): a screen-space quad bounding the projection of
// the cylinder's box; the fragment shader ray-casts the exact surface. The open ends are covered
// by the atom spheres, as in ChimeraX's stick style.
layout(location = 0) in vec4 inFirstRadius;    // scene xyz of the first end, radius
layout(location = 1) in vec4 inSecond;         // scene xyz of the second end
layout(location = 2) in vec4 inColourA;        // first half
layout(location = 3) in vec4 inColourB;        // second half

layout(location = 0) out vec2 vNdc;
layout(location = 1) flat out vec4 vFirstRadius;   // view space
layout(location = 2) flat out vec3 vSecond;        // view space
layout(location = 3) flat out vec3 vColourA;
layout(location = 4) flat out vec3 vColourB;

const vec2 CORNERS[6] = vec2[](vec2(0, 0), vec2(1, 0), vec2(1, 1), vec2(0, 0), vec2(1, 1), vec2(0, 1));

void main() {
    vec3 a = (frame.view * vec4(inFirstRadius.xyz, 1.0)).xyz;
    vec3 b = (frame.view * vec4(inSecond.xyz, 1.0)).xyz;
    float r = inFirstRadius.w;
    vec3 u = normalize(b - a);
    vec3 helper = abs(u.x) < 0.9 ? vec3(1, 0, 0) : vec3(0, 1, 0);
    vec3 v = normalize(cross(u, helper)) * r;
    vec3 w = normalize(cross(u, v)) * r;
    vec2 lo = vec2(1e9);
    vec2 hi = vec2(-1e9);
    float nearest = -1e9;
    for (int i = 0; i < 8; i++) {
        vec3 corner = ((i & 1) == 0 ? a : b) + ((i & 2) == 0 ? v : -v) + ((i & 4) == 0 ? w : -w);
        vec2 ndc = vec2(corner.x * frame.projection.x, corner.y * frame.projection.y) / -corner.z;
        lo = min(lo, ndc);
        hi = max(hi, ndc);
        nearest = max(nearest, corner.z);
    }
    // one pixel of margin for the anti-aliasing ramp
    vec2 margin = 2.0 * frame.projection.xy / frame.background.w;   // 2 pixels in NDC units
    lo -= margin;
    hi += margin;
    vec2 ndc = mix(lo, hi, CORNERS[gl_VertexIndex]);
    float z = min(nearest, -frame.projection.z * 1.0001);
    vec3 p = vec3(ndc.x * -z / frame.projection.x, ndc.y * -z / frame.projection.y, z);
    gl_Position = clipOf(p);
    vNdc = ndc;
    vFirstRadius = vec4(a, r);
    vSecond = b;
    vColourA = inColourA.rgb;
    vColourB = inColourB.rgb;
}
