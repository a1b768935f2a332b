package org.svyaz.shell.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.svyaz.shell.StorableText;

/**
 * Checks every string of a request body, property names included, for text that cannot be
 * stored, before the controller sees the body. Bodies read into records or maps are looked at
 * as the JSON tree they came from (Jackson writes them back with the API's property names), so
 * that the refusal names the property by its path, e.g. {@code steps[0].regarding}.
 */
@ControllerAdvice
class BodyTextChecks extends RequestBodyAdviceAdapter {

    private final ObjectMapper json;

    BodyTextChecks(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        if (body != null) {
            check("", body instanceof JsonNode tree ? tree : json.valueToTree(body));
        }
        return body;
    }

    private static void check(String path, JsonNode node) {
        if (node.isTextual()) {
            StorableText.check(path.isEmpty() ? "body" : path, node.textValue());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(path + "[" + i + "]", node.get(i));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                StorableText.check(fieldPath, field.getKey());
                check(fieldPath, field.getValue());
            }
        }
    }
}
